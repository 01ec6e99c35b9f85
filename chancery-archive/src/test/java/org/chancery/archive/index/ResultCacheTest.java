package org.chancery.archive.index;

import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-reader result cache: a repeated search answers as the first did, readers of different visibility never
 * share an answer, later pages come from the first search's entry exactly as a fresh search gives them, and a
 * commit starts anew.
 */
class ResultCacheTest {

    private static final LabelClass U = LabelClass.of(Level.UNCLASSIFIED, List.of());
    private static final LabelClass S = LabelClass.of(Level.SECRET, List.of());
    private static final Visibility UNCLASSIFIED_READER = Visibility.readableClasses(c -> c.equals(U));

    @TempDir
    Path dir;
    LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = LuceneSearchIndex.open(dir.resolve("index"));
        index.put(cables(0, 200));
        index.commit(1);
    }

    @AfterEach
    void close() {
        index.close();
    }

    /**
     * Cable {@code c}: "alpha" in an UNCLASSIFIED paragraph for even {@code c}, in a SECRET one for odd; "bravo"
     * in every cable's UNCLASSIFIED paragraph, repeated more often in later cables (so scores differ).
     */
    private static List<IndexDocument> cables(int from, int to) {
        List<IndexDocument> docs = new ArrayList<>();
        for (int c = from; c < to; c++) {
            String bravo = "BRAVO ".repeat(1 + c % 7);
            List<Portion> portions = List.of(
                    new Portion(Portion.Kind.PARAGRAPH, 1, Level.UNCLASSIFIED, List.of(),
                            (c % 2 == 0 ? "ALPHA " : "") + bravo + "CHARLIE"),
                    new Portion(Portion.Kind.PARAGRAPH, 2, Level.SECRET, List.of(),
                            (c % 2 == 1 ? "ALPHA " : "") + "DELTA"));
            docs.add(new IndexDocument(String.format(Locale.ROOT, "09CACHE%d", c), 1, c + 1,
                    Instant.parse("2005-01-01T00:00:00Z").plusSeconds(86_400L * c), "Embassy Test",
                    List.of("SECSTATE WASHDC"), List.of(), Level.SECRET, List.of(), List.of("PREL"), "ROUTINE",
                    List.of(), portions, S, List.of("PRAGUE")));
        }
        return docs;
    }

    private SearchResult search(String query, Visibility visibility, int limit, int offset) {
        return index.search(SearchRequest.of(query).withVisibility(visibility).withPage(limit, offset)
                .withFacets(EnumSet.of(Facet.YEAR, Facet.CLASS)));
    }

    @Test
    void aRepeatedSearchAnswersAsTheFirstAndComesFromTheCache() {
        SearchResult first = search("bravo", Visibility.ALL, 10, 0);
        long hitsBefore = LuceneSearchIndex.resultCacheCounts().hits();
        SearchResult again = search("bravo", Visibility.ALL, 10, 0);
        assertThat(again).isEqualTo(first);
        assertThat(first.total()).isEqualTo(200);
        assertThat(LuceneSearchIndex.resultCacheCounts().hits()).isGreaterThan(hitsBefore);
    }

    @Test
    void readersOfDifferentVisibilityNeverShareAnAnswer() {
        SearchResult everything = search("alpha", Visibility.ALL, 10, 0);
        SearchResult unclassified = search("alpha", UNCLASSIFIED_READER, 10, 0);
        SearchResult everythingAgain = search("alpha", Visibility.ALL, 10, 0);
        assertThat(everything.total()).isEqualTo(200);
        // alpha is readable to this reader only in the even cables' UNCLASSIFIED paragraphs
        assertThat(unclassified.total()).isEqualTo(100);
        assertThat(unclassified.hits()).extracting(SearchResult.Hit::id)
                .allMatch(id -> Integer.parseInt(id.substring("09CACHE".length())) % 2 == 0);
        assertThat(everythingAgain).isEqualTo(everything);
    }

    @Test
    void laterPagesFromTheEntryAreThoseOfAFreshDeepSearch() {
        // 60 hits: deeper than an entry keeps, so computed afresh
        SearchResult deep = search("bravo", Visibility.ALL, 60, 0);
        assertThat(deep.hits()).hasSize(60);
        for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
            SearchResult deepSorted = index.search(SearchRequest.of("bravo").withPage(60, 0).withSort(sort));
            SearchResult page1 = index.search(SearchRequest.of("bravo").withPage(10, 0).withSort(sort));
            SearchResult page3 = index.search(SearchRequest.of("bravo").withPage(10, 20).withSort(sort));
            SearchResult page5 = index.search(SearchRequest.of("bravo").withPage(10, 40).withSort(sort));
            assertThat(page1.hits()).isEqualTo(deepSorted.hits().subList(0, 10));
            assertThat(page3.hits()).isEqualTo(deepSorted.hits().subList(20, 30));
            assertThat(page5.hits()).isEqualTo(deepSorted.hits().subList(40, 50));
            assertThat(page5.total()).isEqualTo(200);
        }
    }

    @Test
    void aCommitStartsAnew() {
        assertThat(search("alpha", Visibility.ALL, 10, 0).total()).isEqualTo(200);
        index.put(cables(200, 250));
        index.commit(2);
        assertThat(search("alpha", Visibility.ALL, 10, 0).total()).isEqualTo(250);
        assertThat(search("alpha", UNCLASSIFIED_READER, 10, 0).total()).isEqualTo(125);
    }

    @Test
    void facetsAskedDifferentlyAreAnsweredDifferently() {
        SearchResult years = search("bravo", Visibility.ALL, 10, 0);
        SearchResult none = index.search(SearchRequest.of("bravo"));
        assertThat(years.facets().get(Facet.YEAR)).isNotEmpty();
        assertThat(none.facets()).isEmpty();
        assertThat(none.total()).isEqualTo(years.total());
        assertThat(Set.copyOf(none.hits())).isEqualTo(Set.copyOf(years.hits()));
    }
}
