package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ArchiveCommandsTest {

    @TempDir
    Path tmp;

    /** A fictional confidential cable from Embassy Rome, citing {@code ref} when not null. */
    static String cable(int mrn, String ref, String body) {
        return "VZCZCXRO0001\nRR RUEHC\nDE RUEHRO #" + mrn + " 2751444\nZNY CCCCC ZZH\nR 021444Z OCT 09\n"
                + "FM AMEMBASSY ROME\nTO RUEHC/SECSTATE WASHDC 0001\n\n"
                + "C O N F I D E N T I A L ROME 000" + mrn + "\n\nSIPDIS\n\nE.O. 12958: DECL: 10/02/2019\n"
                + "TAGS: PREL IT\nSUBJECT: (C) ITALIAN VIEWS ON FERRIES\n\n"
                + (ref == null ? "" : "REF: A. " + ref + "\n\n")
                + "Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)\n\n"
                + "1. (C) " + body + "\n\n2. (U) The embassy will follow up.\n\nROE\n";
    }

    @Test
    void ingestShowThreadReindex() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path store = tmp.resolve("store");
        Files.writeString(in.resolve("09ROME101.txt"), cable(101, null, "The ministry described ferry routes."));
        Files.writeString(in.resolve("09ROME102.txt"), cable(102, "ROME 101", "Further on ferries."));
        Files.writeString(in.resolve("junk.txt"), "");

        Cli.Run ingest = Cli.run("ingest", "--store", store, in);
        assertThat(ingest.out()).startsWith("new 2, updated 0, unchanged 0, rejected 1 (")
                .contains("rejected " + in.resolve("junk.txt") + ": no id");
        assertThat(ingest.exitCode()).isEqualTo(1);

        Path v2 = Files.createDirectories(tmp.resolve("v2"));
        Files.writeString(v2.resolve("09ROME101.txt"), cable(101, null, "The ministry described new ferry routes."));
        Cli.Run update = Cli.run("ingest", "--store", store, v2);
        assertThat(update.out()).startsWith("new 0, updated 1, unchanged 0, rejected 0");
        assertThat(update.exitCode()).isZero();

        Cli.Run show = Cli.run("show", "--store", store, "09ROME101");
        assertThat(show.exitCode()).isZero();
        assertThat(show.out()).startsWith(cable(101, null, "The ministry described new ferry routes."))
                .contains("-- 09ROME101, version 2 of 2, from " + v2.resolve("09ROME101.txt"))
                .contains("Cited by:\n  09ROME102\n");
        assertThat(Cli.run("show", "--store", store, "--version", "1", "09ROME101").out())
                .startsWith(cable(101, null, "The ministry described ferry routes."));
        assertThat(Cli.run("show", "--store", store, "09ROME102").out())
                .contains("A. 09ROME101  in the archive");
        assertThat(Cli.run("show", "--store", store, "--format", "canonical", "09ROME102").out())
                .contains("ROME 000102").contains("References:");
        assertThat(Cli.run("show", "--store", store, "--versions", "09ROME101").out().lines()).hasSize(2);
        assertThat(Cli.run("show", "--store", store, "--diff", "1:2", "09ROME101").out())
                .contains("-1. (C) The ministry described ferry routes.")
                .contains("+1. (C) The ministry described new ferry routes.");

        JsonNode json = new ObjectMapper().readTree(Cli.run("show", "--store", store, "--format", "json", "09ROME102").out());
        assertThat(json.get("id").asText()).isEqualTo("09ROME102");
        assertThat(json.get("cable").get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(json.get("citedBy")).isEmpty();
        boolean found = false;
        for (JsonNode r : json.get("references")) {
            if ("09ROME101".equals(r.get("id").asText())) found = r.get("inArchive").asBoolean();
        }
        assertThat(found).isTrue();

        Cli.Run unknown = Cli.run("show", "--store", store, "09ROME999");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).isEqualTo("chancery: no cable 09ROME999 in the archive\n");
        assertThat(unknown.out()).isEmpty();
        assertThat(Cli.run("thread", "--store", store, "09ROME999").err()).isEqualTo(unknown.err());

        Cli.Run thread = Cli.run("thread", "--store", store, "09ROME102");
        assertThat(thread.exitCode()).isZero();
        assertThat(thread.out()).isEqualTo("09ROME102\n  -> 09ROME101\n");

        Cli.Run reindex = Cli.run("reindex", "--store", store);
        assertThat(reindex.exitCode()).isZero();
        assertThat(reindex.out()).startsWith("reindexed 2 cables");

        Cli.Run noArchive = Cli.run("show", "--store", tmp.resolve("nothing"), "09ROME101");
        assertThat(noArchive.exitCode()).isEqualTo(2);
        assertThat(noArchive.err()).startsWith("chancery: no archive in");
    }
}
