package org.chancery.cli;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.delivery.SwitchEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class SwitchCommandsTest {

    @TempDir
    Path dir;

    private static Transmission message(String id, Precedence precedence, String destination) {
        String text = "VZCZCXRO0001\nZZ RUEHC\nDE RUEHPG #0001 2751444\nZNY CCCCC ZZH\nZ 021444Z OCT 09\n"
                + "FM AMEMBASSY PRAGUE\nTO RUEHC/SECSTATE WASHDC " + precedence.word() + " 0001\nBT\n"
                + "C O N F I D E N T I A L PRAGUE 000001\n\nSIPDIS\n\nDEPT FOR EUR/CE\n\n"
                + "E.O. 12958: DECL: 10/01/2019\nTAGS: PREL EZ\nSUBJECT: A FICTIONAL URGENT MATTER\n\n"
                + "Classified By: Charge A. Example for reasons 1.4 (d).\n\n(C) Nothing happened.\nEXAMPLE\n";
        return new Transmission(id, "09PRAGUE1", 1, precedence, Level.CONFIDENTIAL, destination,
                List.of(new Address(destination, "SECSTATE WASHDC", precedence, "0001")), text, Instant.now());
    }

    /** A store where one FLASH was delivered to RUEHC and one ROUTINE waits for RUEHBS. */
    private void prepare() throws Exception {
        Files.writeString(dir.resolve("posts.json"), "{\"posts\": [{\"post\": \"RUEHC\", \"dutyOfficers\": [\"watch\"]}]}",
                StandardCharsets.UTF_8);
        try (Switch sw = Switch.open(dir)) {
            CountDownLatch delivered = new CountDownLatch(1);
            sw.addListener(e -> {
                if (e instanceof SwitchEvent.Delivered) delivered.countDown();
            });
            sw.start();
            sw.accept(message("XRO0001", Precedence.FLASH, "RUEHC"));
            assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();
        }
        try (Switch sw = Switch.open(dir)) {
            sw.accept(message("XRO0002", Precedence.ROUTINE, "RUEHBS")); // not started: it stays queued
        }
    }

    @Test
    void queueShowsDepthAndOldestPerDestinationAndPrecedence() throws Exception {
        prepare();
        Cli.Run run = Cli.run("queue", "--store", dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("DESTINATION").containsPattern("RUEHBS\\s+ROUTINE\\s+1\\s")
                .containsPattern("TOTAL\\s+1").doesNotContain("RUEHC ");
    }

    @Test
    void inboxShowsTheFlashAwaitingAcknowledgmentThenAckRecordsIt() throws Exception {
        prepare();
        Cli.Run inbox = Cli.run("inbox", "--post", "RUEHC", "--store", dir);
        assertThat(inbox.exitCode()).as(inbox.err()).isZero();
        assertThat(inbox.out()).contains("FLASH", "XRO0001", "09PRAGUE1", "ACTION", "EUR/CE", "AWAITING ACK",
                "A FICTIONAL URGENT MATTER");

        Cli.Run refused = Cli.run("ack", "XRO0001", "--post", "RUEHC", "--as", "clerk", "--store", dir);
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("not a duty officer");

        Cli.Run ack = Cli.run("ack", "XRO0001", "--post", "RUEHC", "--as", "watch", "--store", dir);
        assertThat(ack.exitCode()).as(ack.err()).isZero();
        assertThat(ack.out()).contains("Acknowledged XRO0001");
        assertThat(Cli.run("inbox", "--post", "secstate washdc", "--store", dir).out())
                .contains("ACKNOWLEDGED by watch").doesNotContain("AWAITING");
        assertThat(Cli.run("ack", "XRO0001", "--post", "RUEHC", "--as", "watch", "--store", dir).out())
                .contains("already acknowledged");
    }

    @Test
    void unknownMessagesAndMissingStoresAreBadInput() throws Exception {
        prepare();
        Cli.Run unknown = Cli.run("ack", "XRO9999", "--post", "RUEHC", "--as", "watch", "--store", dir);
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("chancery: no message XRO9999");
        Cli.Run missing = Cli.run("queue", "--store", dir.resolve("nowhere"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("no switch store");
        assertThat(Files.exists(dir.resolve("nowhere"))).isFalse();
        assertThat(Cli.run("inbox", "--store", dir).exitCode()).isEqualTo(2); // --post is required
    }
}
