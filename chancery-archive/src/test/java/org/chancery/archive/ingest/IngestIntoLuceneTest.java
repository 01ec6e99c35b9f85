package org.chancery.archive.ingest;

import org.chancery.archive.Fixtures;
import org.chancery.archive.IndexDocuments;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ingest into the real Lucene index: new cables are added without a delete term, so the test reads the index's
 * segments back and checks that every cable is there once, at its current version, whatever mix of new and
 * updated versions a run brings, on several index workers.
 */
class IngestIntoLuceneTest {

    private static final int CABLES = 60;
    private static final List<String> WORDS = List.of("one", "two", "three", "other");

    @TempDir
    Path tmp;

    private static String cable(int mrn, String words) {
        return Fixtures.cable("PRAGUE", mrn, 2009, 10, 2, List.of(), "REPORT " + mrn,
                "(C) The embassy reports " + words + ".", "(U) Nothing else.");
    }

    @Test
    void everyCableIsIndexedOnceAtItsCurrentVersion() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int i = 1; i <= CABLES; i++) Files.writeString(in.resolve("09PRAGUE" + i + ".txt"), cable(i, "one"));
        // A second run: every third cable changed, twice in the same run (folder first, then the zip), and new ones.
        Path second = Files.createDirectories(tmp.resolve("second"));
        for (int i = 3; i <= CABLES + 30; i += 3) {
            Files.writeString(second.resolve("09PRAGUE" + i + ".txt"), cable(i, "two"));
        }
        Path zip = tmp.resolve("third.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (int i = 6; i <= CABLES + 30; i += 6) {
                z.putNextEntry(new ZipEntry("09PRAGUE" + i + ".txt"));
                z.write(Fixtures.bytes(cable(i, "three")));
            }
        }
        Path store = tmp.resolve("store");
        IngestOptions options = new IngestOptions(3, 7, java.time.Duration.ofMillis(5));
        try (var archive = org.chancery.archive.Archive.open(store)) {
            IngestSummary first = archive.ingest(List.of(in), options, IngestListener.NONE);
            assertThat(first.added()).isEqualTo(CABLES);
            IngestSummary then = archive.ingest(List.of(second, zip), options, IngestListener.NONE);
            assertThat(then.added()).isEqualTo(10);
            assertThat(then.updated()).isEqualTo(20 + 15);
            assertThat(archive.index().committedSeq()).isEqualTo(archive.store().lastSeq());
        }
        Map<String, List<String>> indexed = indexed(store.resolve("index"));
        assertThat(indexed).hasSize(CABLES + 10);
        for (int i = 1; i <= CABLES + 30; i++) {
            if (i > CABLES && i % 3 != 0) continue;
            String expected = i > CABLES ? (i % 6 == 0 ? "2 three" : "1 two")
                    : i % 6 == 0 ? "3 three" : i % 3 == 0 ? "2 two" : "1 one";
            assertThat(indexed.get("09PRAGUE" + i)).as("09PRAGUE" + i).containsExactly(expected);
        }
    }

    @Test
    void aCableNewToTheStoreIsStillReplacedWhenTheIndexClaimsMoreThanTheStore() throws IOException {
        // An index that holds 09PRAGUE1 under a mark the store has not reached (a store restored from an older
        // copy, used without the archive's catch-up): the store calls the cable new, the index must not double it.
        Path store = tmp.resolve("store");
        Path indexDir = store.resolve("index");
        String text = cable(1, "one");
        ParsedCable parsed = Cables.read(Fixtures.bytes(text), "09PRAGUE1", SourceFormat.TEXT);
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            index.put(List.of(IndexDocuments.of("09PRAGUE1", parsed, 1, 1)));
            index.commit(50);
        }
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("09PRAGUE1.txt"), cable(1, "other"));
        try (var s = SqliteCableStore.open(store); LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            IngestSummary summary = new Ingest(s, index, IngestOptions.defaults(), IngestListener.NONE)
                    .run(List.of(in));
            assertThat(summary.added()).isEqualTo(1);
        }
        assertThat(indexed(indexDir)).containsExactly(Map.entry("09PRAGUE1", List.of("1 other")));
    }

    /**
     * Every live document, read from the segments, by id: its version and the word its first paragraph ends with
     * (a doubled cable shows two). The index does not store the text: the word is the one of {@link #WORDS} whose
     * postings in the paragraph's field hold the document.
     */
    private static Map<String, List<String>> indexed(Path dir) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            for (LeafReaderContext leaf : reader.leaves()) {
                LeafReader r = leaf.reader();
                Map<Integer, String> words = new HashMap<>();
                for (String word : WORDS) {
                    PostingsEnum postings = r.postings(new Term(IndexFields.TEXT_PREFIX + "C", word));
                    if (postings == null) continue;
                    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                        words.merge(doc, word, (a, b) -> a + "+" + b);
                    }
                }
                Bits live = r.getLiveDocs();
                StoredFields fields = r.storedFields();
                for (int doc = 0; doc < r.maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) continue;
                    Document d = fields.document(doc);
                    out.computeIfAbsent(d.get(IndexFields.ID), k -> new ArrayList<>())
                            .add(d.getField(IndexFields.VERSION).numericValue().intValue() + " " + words.get(doc));
                }
            }
        }
        return out;
    }
}
