package org.chancery.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input: exit code 2, one clear line on stderr, nothing on stdout, never a stack trace. */
class BadInputTest {

    private static void assertOneLine(Cli.Run run, String expected) {
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(expected + "\n");
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void missingFile() {
        assertOneLine(Cli.run("parse", "x.txt"), "chancery: cannot read 'x.txt': no such file");
        assertOneLine(Cli.run("lint", "--summary", "x.txt"), "chancery: cannot read 'x.txt': no such file");
        assertOneLine(Cli.run("render", "--as", "original", "x.txt"), "chancery: cannot read 'x.txt': no such file");
    }

    @Test
    void missingFileAfterGoodOnesStopsBeforeAnyOutput() {
        Cli.Run run = Cli.run("parse", "--json", Cli.resource("cables/08VILNIUS123.txt"), "gone.html");
        assertOneLine(run, "chancery: cannot read 'gone.html': no such file");
    }

    @Test
    void folderWithoutCables(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("readme.md"), "nothing here");
        assertOneLine(Cli.run("parse", dir),
                "chancery: no cables in '" + dir + "' (looked for .txt, .html and .htm files)");
    }

    @Test
    void unknownOption() {
        assertOneLine(Cli.run("parse", "--jsn", "x.txt"), "chancery: Unknown option: '--jsn' (see 'chancery parse --help')");
        assertOneLine(Cli.run("--frobnicate"), "chancery: Unknown option: '--frobnicate' (see 'chancery --help')");
    }

    @Test
    void unknownCommandAndMissingArguments() {
        assertThat(Cli.run("frobnicate").exitCode()).isEqualTo(2);
        assertOneLine(Cli.run(), "chancery: missing command; see 'chancery --help' for the list");
        Cli.Run noFiles = Cli.run("parse");
        assertThat(noFiles.exitCode()).isEqualTo(2);
        assertThat(noFiles.err()).startsWith("chancery: ").endsWith("(see 'chancery parse --help')\n").hasLineCount(1);
    }

    @Test
    void aSearchPageBeyondWhatCanBeCounted(@TempDir Path dir) {
        assertOneLine(Cli.run("search", "--store", dir.resolve("store"), "--limit", "2147483647", "--offset", "1", "x"),
                "chancery: --limit + --offset must be at most 2147483647");
    }

    @Test
    void badRenderForm() {
        Cli.Run run = Cli.run("render", "--as", "pdf", Cli.resource("cables/08VILNIUS123.txt"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("'pdf' is not a form: use original, canonical or json").hasLineCount(1);
        Cli.Run missing = Cli.run("render", Cli.resource("cables/08VILNIUS123.txt"));
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("--as").hasLineCount(1);
    }

    @Test
    void outIsAFile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertOneLine(Cli.run("render", "--as", "json", "--out", file, Cli.resource("cables/08VILNIUS123.txt")),
                "chancery: cannot write to '" + file + "': not a folder");
    }
}
