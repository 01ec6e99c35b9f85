package org.chancery.archive.index;

import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment whose origin facet has more values than the in-memory facet values can hold (65,535) is counted from
 * the doc values: the counts are the same, the tag facet still limited to the cables whose banner is readable.
 */
class FacetFallbackTest {

    private static final int CABLES = 66_000;

    @TempDir
    Path dir;

    @Test
    void aSegmentWithTooManyValuesIsCountedFromTheDocValues() throws Exception {
        LabelClass secret = LabelClass.of(Level.SECRET, List.of());
        LabelClass unclassified = LabelClass.of(Level.UNCLASSIFIED, List.of());
        Map<String, Long> tags = new TreeMap<>();
        Map<String, Long> classes = new TreeMap<>();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(dir)) {
            List<IndexDocument> docs = new ArrayList<>();
            for (int c = 0; c < CABLES; c++) {
                boolean secretBanner = c % 3 == 0;
                LabelClass governing = secretBanner ? secret : unclassified;
                String tag = c % 2 == 0 ? "PREL" : "PGOV";
                // every cable has unclassified text; the reader below reads only that
                if (!secretBanner) tags.merge(tag, 1L, Long::sum);
                classes.merge(governing.level().word(), 1L, Long::sum);
                docs.add(new IndexDocument("09TEST" + c, 1, c + 1, Instant.parse("2009-01-01T00:00:00Z"),
                        "Embassy " + c, List.of("SECSTATE WASHDC"), List.of(), governing.level(), List.of("SIPDIS"),
                        List.of(tag), "ROUTINE", List.of(),
                        List.of(new Portion(Portion.Kind.PARAGRAPH, 1, Level.UNCLASSIFIED, List.of(), "COMMON")),
                        governing, null));
            }
            index.add(docs);
            index.commit(1);
            try (var d = new org.apache.lucene.store.MMapDirectory(dir);
                 var reader = org.apache.lucene.index.DirectoryReader.open(d)) {
                boolean fallsBack = false;
                for (var leaf : reader.leaves()) fallsBack |= FacetOrdinals.of(leaf.reader()) == null;
                assertThat(fallsBack).as("a segment too large for the in-memory facet values").isTrue();
            }
            Visibility reader = Visibility.readableClasses(unclassified::equals);
            SearchResult r = index.search(SearchRequest.of("common").withVisibility(reader)
                    .withFacets(EnumSet.of(Facet.TAG, Facet.CLASS, Facet.ORIGIN)).withFacetLimit(3));
            assertThat(r.total()).isEqualTo(CABLES);
            assertThat(counts(r, Facet.TAG)).isEqualTo(tags);
            assertThat(counts(r, Facet.CLASS)).isEqualTo(classes);
            // one cable per origin: the first three values, ties in value order
            assertThat(r.facets().get(Facet.ORIGIN)).extracting(SearchResult.FacetValue::count)
                    .containsExactly(1L, 1L, 1L);
        }
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        Map<String, Long> out = new TreeMap<>();
        for (SearchResult.FacetValue v : result.facets().get(facet)) out.put(v.value(), v.count());
        return out;
    }
}
