package org.chancery.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class LintCommandTest {

    /** path:line:col: severity [rule] message */
    private static final String FINDING = "^.+:\\d+:\\d+: (error|warning|info) \\[[a-z0-9-]+\\] .+$";

    @Test
    void errorsGiveExitCodeOneAndOneLinePerFinding() {
        Path broken = Cli.resource("lint/09NOWHERE5.txt");
        Cli.Run run = Cli.run("lint", broken);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEmpty();
        assertThat(run.out().split("\n")).isNotEmpty().allSatisfy(line -> {
            assertThat(line).matches(FINDING);
            assertThat(line).startsWith(broken + ":");
        });
        assertThat(run.out()).contains(": error [");
    }

    @Test
    void summaryCountsFindingsPerRule() {
        Cli.Run run = Cli.run("lint", "--summary", Cli.resource("lint"));

        assertThat(run.exitCode()).isEqualTo(1);
        String[] lines = run.out().split("\n");
        assertThat(lines[0]).matches("rule +errors +warnings +infos +cables");
        assertThat(lines[lines.length - 2]).matches("total +[1-9]\\d* +\\d+ +\\d+ +1");
        assertThat(lines[lines.length - 1]).isEqualTo("1 cables, 1 with errors");
        assertThat(lines.length).isGreaterThan(3);
        for (int i = 1; i < lines.length - 2; i++) assertThat(lines[i]).matches("[a-z0-9-]+ +\\d+ +\\d+ +\\d+ +1");
    }

    @Test
    void canonicalFormOfOwnCableHasNoErrors(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        // What the strict writer writes, lint must accept: the two sides of one set of rules.
        Cli.Run render = Cli.run("render", "--as", "canonical", "--out", dir, Cli.resource("cables/08VILNIUS123.txt"));
        assertThat(render.exitCode()).as(render.err()).isZero();
        Path canonical = dir.resolve("08VILNIUS123.txt");
        assertThat(Files.exists(canonical)).isTrue();

        Cli.Run run = Cli.run("lint", canonical);
        assertThat(run.out()).doesNotContain(": error [");
        assertThat(run.exitCode()).isZero();
    }
}
