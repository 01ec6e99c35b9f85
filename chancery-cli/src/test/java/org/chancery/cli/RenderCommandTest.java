package org.chancery.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {

    @Test
    void originalIsByteIdenticalOnStdout() throws IOException {
        for (String name : new String[] {"cables/08VILNIUS123.txt", "cables/older/10TALLINN77.html"}) {
            Path file = Cli.resource(name);
            Cli.Run run = Cli.run("render", "--as", "original", file);

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.outBytes()).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void originalOfTheSeedIsByteIdentical() throws IOException {
        Path shared = Cli.shared();
        org.junit.jupiter.api.Assumptions.assumeTrue(shared != null, "../shared is absent: no seed cable here");
        Path seed = shared.resolve("seed/seed-cable.txt");
        assertThat(Cli.run("render", "--as", "original", seed).outBytes()).isEqualTo(Files.readAllBytes(seed));
    }

    @Test
    void outWritesOneFilePerCableNamedByItsId(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("made/by/render");
        Cli.Run run = Cli.run("render", "--as", "original", "--out", out, Cli.resource("cables"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.outBytes()).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("08VILNIUS123.txt", "10TALLINN77.html", "75REYKJAVIK321.txt");
        }
        assertThat(Files.readAllBytes(out.resolve("10TALLINN77.html")))
                .isEqualTo(Files.readAllBytes(Cli.resource("cables/older/10TALLINN77.html")));
    }

    @Test
    void cablesSharingAnIdDoNotOverwriteEachOther(@TempDir Path dir) throws IOException {
        Path copy = Files.copy(Cli.resource("cables/08VILNIUS123.txt"), dir.resolve("copy.txt"));
        Path out = dir.resolve("out");
        Cli.Run run = Cli.run("render", "--as", "json", "--out", out, Cli.resource("cables/08VILNIUS123.txt"), copy);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("08VILNIUS123.json")).exists();
        assertThat(out.resolve("08VILNIUS123-2.json")).exists();
    }

    @Test
    void jsonIsTheParseJsonLine() {
        Path file = Cli.resource("cables/08VILNIUS123.txt");
        assertThat(Cli.run("render", "--as", "JSON", file).out()).isEqualTo(Cli.run("parse", "--json", file).out());
    }

    @Test
    void canonicalIsStableAndKeepsTheContent(@TempDir Path dir) throws IOException {
        Cli.Run run = Cli.run("render", "--as", "canonical", Cli.resource("cables/08VILNIUS123.txt"));

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("VZCZCXRO4821\n").contains("FM AMEMBASSY VILNIUS\n")
                .contains("CONFIDENTIAL VILNIUS 000123\n").contains("SUBJECT: LITHUANIA: MINISTRY PLANS A REGIONAL GRID");
        // The canonical form read again writes the same canonical form, and says what the original says.
        Path canonical = Files.writeString(dir.resolve("08VILNIUS123.txt"), run.out());
        assertThat(Cli.run("render", "--as", "canonical", canonical).out()).isEqualTo(run.out());
        var json = new ObjectMapper();
        var original = json.readTree(Cli.run("parse", "--json", Cli.resource("cables/08VILNIUS123.txt")).out());
        var again = json.readTree(Cli.run("parse", "--json", canonical).out());
        for (String field : new String[] {"id", "classification", "dtg", "from", "to", "info", "mrn", "eo", "tags",
                "subject", "references", "classifiedBy", "paragraphs", "signers"}) {
            assertThat(again.get(field)).as(field).isEqualTo(original.get(field));
        }
    }
}
