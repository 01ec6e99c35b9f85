package org.chancery.archive.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The norms read from memory are the index's own: for every field with norms, every document of every segment,
 * read by exact lookup and by iteration, with some fields common enough to be kept and others too rare.
 */
class KeptNormsTest {

    @TempDir
    Path dir;

    @Test
    void keptNormsAreTheIndexsNorms() throws Exception {
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            for (int batch = 0; batch < 2; batch++) {
                List<IndexDocument> docs = new ArrayList<>();
                for (int c = batch * 300; c < (batch + 1) * 300; c++) {
                    List<Portion> portions = new ArrayList<>();
                    // unclassified text in every cable, of lengths that give many different norms; secret text
                    // in one cable in four; NODIS text in one in forty (too rare to be kept)
                    portions.add(new Portion(Portion.Kind.PARAGRAPH, 1, Level.UNCLASSIFIED, List.of(),
                            "WORD ".repeat(1 + c % 200) + "END"));
                    if (c % 4 == 0) {
                        portions.add(new Portion(Portion.Kind.PARAGRAPH, 2, Level.SECRET, List.of(),
                                "SECRET WORDS ".repeat(1 + c % 7)));
                    }
                    if (c % 40 == 0) {
                        portions.add(new Portion(Portion.Kind.PARAGRAPH, 3, Level.SECRET, List.of("NODIS"), "RARE"));
                    }
                    docs.add(new IndexDocument("09TEST" + c, 1, c + 1,
                            Instant.parse("2009-01-01T00:00:00Z").plusSeconds(c), "Embassy Test",
                            List.of("SECSTATE WASHDC"), List.of(), Level.SECRET, List.of("SIPDIS"), List.of("PREL"),
                            "ROUTINE", List.of(), portions));
                }
                index.put(docs);
                index.commit(batch + 1);
            }
        }
        int kept = 0;
        int compared = 0;
        try (Directory d = new MMapDirectory(dir);
             DirectoryReader raw = DirectoryReader.open(d);
             DirectoryReader wrapped = KeptNorms.wrap(DirectoryReader.open(d))) {
            assertThat(raw.leaves()).hasSizeGreaterThan(1);
            for (int leaf = 0; leaf < raw.leaves().size(); leaf++) {
                LeafReaderContext a = raw.leaves().get(leaf);
                LeafReaderContext b = wrapped.leaves().get(leaf);
                for (FieldInfo field : a.reader().getFieldInfos()) {
                    if (!field.hasNorms()) continue;
                    NumericDocValues expected = a.reader().getNormValues(field.name);
                    NumericDocValues exact = b.reader().getNormValues(field.name);
                    if (exact.getClass() != expected.getClass()) kept++;
                    for (int doc = 0; doc < a.reader().maxDoc(); doc++) {
                        boolean has = expected.advanceExact(doc);
                        assertThat(exact.advanceExact(doc)).as(field.name + " doc " + doc).isEqualTo(has);
                        if (has) assertThat(exact.longValue()).as(field.name + " doc " + doc).isEqualTo(expected.longValue());
                        compared++;
                    }
                    NumericDocValues again = a.reader().getNormValues(field.name);
                    NumericDocValues iterated = b.reader().getNormValues(field.name);
                    for (int doc = again.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = again.nextDoc()) {
                        assertThat(iterated.nextDoc()).isEqualTo(doc);
                        assertThat(iterated.longValue()).isEqualTo(again.longValue());
                    }
                    assertThat(iterated.nextDoc()).isEqualTo(DocIdSetIterator.NO_MORE_DOCS);
                }
            }
        }
        assertThat(kept).as("fields whose norms were kept").isPositive();
        assertThat(compared).isPositive();
    }
}
