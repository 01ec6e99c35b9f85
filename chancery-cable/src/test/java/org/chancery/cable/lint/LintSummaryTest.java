package org.chancery.cable.lint;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class LintSummaryTest {

    static Diagnostic d(String rule, Severity s) {
        return new Diagnostic(rule, s, 1, 1, "m");
    }

    @Test
    void countsFindingsPerRuleAndSeverityAndCablesPerRule() {
        LintSummary s = LintSummary.of(Stream.of(
                List.of(d("tags", Severity.WARNING), d("tags", Severity.WARNING), d("mcn", Severity.ERROR)),
                List.of(d("tags", Severity.INFO)),
                List.of()));
        assertThat(s.cables()).isEqualTo(3);
        assertThat(s.cablesWithErrors()).isEqualTo(1);
        assertThat(s.count("tags")).isEqualTo(3);
        assertThat(s.rules().get("tags").count(Severity.WARNING)).isEqualTo(2);
        assertThat(s.rules().get("tags").cables()).isEqualTo(2);
        assertThat(s.count(Severity.ERROR)).isEqualTo(1);
        assertThat(s.count("noforn")).isZero();
        assertThat(s.toString()).contains("rule", "errors", "warnings", "infos", "cables", "3 cables, 1 with errors")
                .containsPattern("tags\\s+0\\s+2\\s+1\\s+2");
    }

    @Test
    void theTableEndsItsLinesWithANewlineOnEveryPlatform() {
        String table = LintSummary.of(Stream.of(List.of(d("tags", Severity.WARNING)))).toString();
        assertThat(table).doesNotContain("\r").endsWith("1 cables, 0 with errors\n");
        assertThat(table.split("\n", -1)).hasSize(5); // header, tags, total, count line, and the empty end
    }

    @Test
    void theSameInParallel() {
        List<List<Diagnostic>> many = Stream.generate(() -> List.of(d("captions", Severity.INFO))).limit(1000).toList();
        LintSummary s = LintSummary.of(many.parallelStream());
        assertThat(s.cables()).isEqualTo(1000);
        assertThat(s.rules().get("captions").cables()).isEqualTo(1000);
    }

    @Test
    void lintsTheTxtAndHtmlFilesOfAFolderRecursively(@TempDir Path dir) throws Exception {
        Path sub = Files.createDirectories(dir.resolve("a/b"));
        Files.writeString(dir.resolve("09VILNIUS417.txt"), new CableBuilder().text(), StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("09VILNIUS418.txt"), new CableBuilder().text(), StandardCharsets.UTF_8);
        Files.writeString(sub.resolve("notes.tsv"), "id\tsubject\n", StandardCharsets.UTF_8);
        LintSummary s = LintSummary.ofFolder(dir, CableBuilder.linter());
        assertThat(s.cables()).isEqualTo(2);
    }
}
