package org.chancery.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The drafting commands end to end on a store folder: each step, a refusal, send. */
class DraftCommandTest {

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(out, err, args);
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path draftFile(String drafter, String clearers) throws Exception {
        Path f = dir.resolve(drafter + ".json");
        Files.writeString(f, """
                {"originator": "RUEHPG", "drafter": "%s", "clearers": [%s], "classification": "CONFIDENTIAL",
                 "to": [{"address": "RUEHC"}], "info": [{"address": "RUEHZL"}, {"address": "RUEKJCS", "precedence": "PRIORITY"}],
                 "captions": ["SIPDIS"], "tags": ["PREL", "EZ"], "subject": "A TEST OF THE DRAFTING COMMANDS",
                 "classifiedBy": "Charge Jane Doe for reasons 1.4 (b) and (d)",
                 "paragraphs": ["(C) First paragraph of the test.", "(U) Second paragraph of the test."],
                 "signature": "Doe"}
                """.formatted(drafter, clearers), StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void draftSubmitClearRelease() throws Exception {
        String store = dir.resolve("store").toString();
        Run created = run("draft", "new", "--from", draftFile("pol-officer", "\"pol-chief\"").toString(), "--store", store);
        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out()).startsWith("draft 1 DRAFT revision 1 by pol-officer; 0 error(s)");

        Run early = run("draft", "release", "1", "--as", "charge", "--store", store);
        assertThat(early.code()).isEqualTo(Main.FINDINGS);
        assertThat(early.err()).isEqualTo("chancery: refused: draft 1 has not been submitted\n");

        assertThat(run("draft", "edit", "1", "--set", "tags=[\"PREL\",\"PGOV\",\"EZ\"]", "--as", "pol-officer",
                "--store", store).out()).contains("revision 2");
        assertThat(run("draft", "submit", "1", "--as", "pol-officer", "--store", store).out()).contains("SUBMITTED");
        assertThat(run("draft", "clear", "1", "--as", "pol-chief", "--store", store).out()).contains("CLEARED");
        Run released = run("draft", "release", "1", "--as", "charge", "--store", store, "--text");
        assertThat(released.code()).as(released.err()).isZero();
        assertThat(released.out()).contains("released ", "PRAGUE1 MRN 000001 SSN 0001",
                "transmission XRO0001 section 1 to RUEH ROUTINE: RUEHC(0001) ", "TAGS: PREL PGOV EZ\n",
                "RUEKJCS/SECDEF WASHDC PRIORITY\n");
        assertThat(run("draft", "show", "1", "--store", store).out()).contains("RELEASED", "released as");

        Run sent = run("send", draftFile("charge", "").toString(), "--as", "dcm", "--store", store);
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("PRAGUE2 MRN 000002");
        // Both released cables are in the archive of the same folder, under their ids.
        Run shown = run("show", released.out().split(" ")[1], "--store", store);
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("PRAGUE 000001");
        Run bad = run("send", dir.resolve("missing.json").toString(), "--as", "dcm", "--store", store);
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
    }

    /**
     * From the command line to the inbox: a FLASH released while another process holds the switch waits in the
     * queue; the next release, with nobody else forwarding, delivers both; the duty officer acknowledges; Prague
     * sees the reports; the audit log holds the steps.
     */
    @Test
    void draftToInboxQueueAckAndAudit() throws Exception {
        Path store = dir.resolve("store");
        Files.createDirectories(store);
        Files.writeString(store.resolve("posts.json"), "{\"posts\": [{\"post\": \"RUEHC\", \"dutyOfficers\": [\"watch\"]}]}",
                StandardCharsets.UTF_8);
        String s = store.toString();
        String flash = Files.readString(draftFile("pol-officer", "\"pol-chief\"")).replace("\"to\":",
                "\"precedence\": \"FLASH\", \"to\":");
        Path flashFile = dir.resolve("flash.json");
        Files.writeString(flashFile, flash, StandardCharsets.UTF_8);

        assertThat(run("draft", "new", "--from", flashFile.toString(), "--store", s).code()).isZero();
        assertThat(run("draft", "submit", "1", "--as", "pol-officer", "--store", s).code()).isZero();
        assertThat(run("draft", "clear", "1", "--as", "pol-chief", "--store", s).code()).isZero();
        Run released;
        // another process forwards from this store: the release is queued for it
        try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(store.resolve("switch.lock"),
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
             java.nio.channels.FileLock ignored = ch.lock()) {
            released = run("draft", "release", "1", "--as", "charge", "--store", s);
            assertThat(released.code()).as(released.err()).isZero();
            assertThat(released.out()).contains("transmission XRO0001 section 1 to RUEH FLASH", "queued");
            Run queue = run("queue", "--store", s);
            assertThat(queue.out()).containsPattern("RUEH\\s+FLASH\\s+1\\s").containsPattern("RUEKJCS\\s+PRIORITY\\s+1\\s")
                    .containsPattern("TOTAL\\s+2");
        }
        String cableId = released.out().split(" ")[1];

        Run sent = run("send", draftFile("charge", "").toString(), "--as", "dcm", "--store", s);
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("delivered");
        assertThat(run("queue", "--store", s).out()).isEqualTo("No messages queued.\n");

        Run inbox = run("inbox", "--post", "RUEHC", "--store", s);
        assertThat(inbox.out()).contains("FLASH", "XRO0001", cableId, "AWAITING ACK", "PRAGUE2");
        assertThat(run("inbox", "--post", "RUEHFR", "--store", s).out()).contains(cableId, "INFO");
        assertThat(run("ack", cableId, "--post", "RUEHC", "--as", "clerk", "--store", s).code()).isEqualTo(1);
        Run ack = run("ack", cableId, "--post", "RUEHC", "--as", "watch", "--store", s);
        assertThat(ack.code()).as(ack.err()).isZero();
        assertThat(run("inbox", "--post", "RUEHC", "--store", s).out()).contains("ACKNOWLEDGED by watch");

        Run prague = run("inbox", "--post", "RUEHPG", "--store", s);
        assertThat(prague.out()).contains("Reports back to AMEMBASSY PRAGUE:", "DELIVERED", "ACKNOWLEDGED",
                cableId + " ", "RUEHC: watch");

        Run audit = run("audit", "query", "--store", s, "--action", "draft-release");
        assertThat(audit.out()).contains("charge", "dcm", cableId);
        assertThat(run("audit", "query", "--store", s, "--action", "ack").out()).contains("watch", "clerk");
        Run verify = run("audit", "verify", "--store", s);
        assertThat(verify.code()).as(verify.out()).isZero();
    }
}
