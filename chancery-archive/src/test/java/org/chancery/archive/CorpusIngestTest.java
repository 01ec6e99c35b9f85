package org.chancery.archive;

import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.archive.store.SqliteCableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Ingests the real corpus (when ../shared/corpus is there): every cable stored, a second run changes nothing. */
class CorpusIngestTest {

    @TempDir
    Path tmp;

    static Path corpus() {
        Path shared = Path.of(System.getProperty("chancery.shared", "../shared"));
        return shared.resolve("corpus");
    }

    @Test
    void ingestsTheWholeCorpusOnceAndThenChangesNothing() throws IOException {
        Path corpus = corpus();
        assumeTrue(Files.isDirectory(corpus.resolve("cablegate")),
                "no corpus at " + corpus.toAbsolutePath() + ": skipping the corpus ingest");
        Path text = corpus.resolve("cablegate");
        Path html = corpus.resolve("cablegate-html");
        Set<String> textIds = baseNames(text, ".txt");
        assertThat(textIds).hasSize(4_416);
        assertThat(baseNames(html, ".html")).hasSize(462);

        MemoryIndex index = new MemoryIndex();
        try (Archive archive = new Archive(SqliteCableStore.open(tmp), index)) {
            IngestSummary first = archive.ingest(List.of(text), IngestOptions.defaults(), IngestListener.NONE);
            assertThat(first.rejected()).isEmpty();
            assertThat(first.added()).isEqualTo(4_416);
            assertThat(archive.store().cableCount()).isEqualTo(4_416);
            assertThat(index.ids()).hasSize(4_416);
            // The store's ids are those the cables give themselves; they agree with the file names.
            assertThat(index.ids()).containsExactlyInAnyOrderElementsOf(textIds);

            // The HTML pages are the same cables: their text is the same, so nothing changes.
            IngestSummary pages = archive.ingest(List.of(html), IngestOptions.defaults(), IngestListener.NONE);
            assertThat(pages.rejected()).isEmpty();
            assertThat(pages.added()).isZero();
            assertThat(pages.unchanged() + pages.updated()).isEqualTo(462);
            System.out.println("CorpusIngestTest: HTML pages unchanged " + pages.unchanged() + ", updated "
                    + pages.updated() + "; text ingest " + Math.round(first.rate()) + " cables/s");

            IngestSummary again = archive.ingest(List.of(text, html), IngestOptions.defaults(), IngestListener.NONE);
            assertThat(again.unchanged()).isEqualTo(4_416 + 462);
            assertThat(again.added() + again.updated()).isZero();
            assertThat(again.rejected()).isEmpty();
        }
    }

    private static Set<String> baseNames(Path dir, String extension) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            Set<String> out = new HashSet<>();
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(extension))
                    .forEach(n -> out.add(n.substring(0, n.length() - extension.length())));
            return out;
        }
    }
}
