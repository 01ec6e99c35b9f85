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
}
