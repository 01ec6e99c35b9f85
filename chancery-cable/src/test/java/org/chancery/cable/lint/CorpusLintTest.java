package org.chancery.cable.lint;

import org.chancery.cable.Severity;
import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.catalog.Tags;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Lints every real cable of the shared corpus (plain text and HTML pages) and prints the counts per rule. */
class CorpusLintTest {

    static Path corpus() {
        String shared = System.getProperty("chancery.shared", "../shared");
        return Path.of(shared, "corpus");
    }

    @Test
    void lintsEveryCorpusCableWithoutFailure() throws Exception {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus.resolve("cablegate")),
                "the shared corpus is absent (" + corpus.toAbsolutePath() + "): corpus lint skipped");
        // The full routing indicator book when it is there, so unknown stations mean unknown, not unlisted.
        Path book = corpus.resolveSibling("catalogs/routing-indicators.csv");
        RoutingIndicators stations = Files.isRegularFile(book)
                ? RoutingIndicators.merge(book) : RoutingIndicators.builtIn();
        Linter linter = new Linter(new Catalogs(Tags.builtIn(), stations));

        LintSummary summary = LintSummary.ofFolder(corpus, linter);

        System.out.println("Lint over " + corpus.toAbsolutePath().normalize() + ":\n" + summary);
        assertThat(summary.cables()).isGreaterThan(4000);
        assertThat(summary.count(Linter.LINT_FAILURE)).as("rules that threw").isZero();
        assertThat(summary.count(LintSummary.READ_FAILURE)).as("files that could not be read").isZero();
        assertThat(summary.count(Severity.ERROR) + summary.count(Severity.WARNING) + summary.count(Severity.INFO))
                .isPositive();
    }
}
