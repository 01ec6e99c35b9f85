package org.chancery.archive.index;

import org.chancery.archive.index.SearchRequest.Sort;
import org.chancery.archive.query.QuerySyntaxException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.archive.index.Fixtures.MOSCOW;
import static org.chancery.archive.index.Fixtures.OSLO;
import static org.chancery.archive.index.Fixtures.PARIS;
import static org.chancery.archive.index.Fixtures.PRAGUE;
import static org.chancery.archive.index.Fixtures.STATE;

class LuceneSearchIndexTest {

    @TempDir
    Path dir;

    LuceneSearchIndex index;
    final MemoryPortions portions = new MemoryPortions();

    @BeforeEach
    void load() {
        index = LuceneSearchIndex.open(dir.resolve("index"), portions);
        index.put(portions.remember(Fixtures.all()));
        index.commit(5);
    }

    @AfterEach
    void close() {
        if (index != null) index.close();
    }

    Set<String> ids(String query) {
        return ids(index, SearchRequest.of(query).withPage(100, 0));
    }

    static Set<String> ids(SearchIndex index, SearchRequest request) {
        Set<String> out = new TreeSet<>();
        for (SearchResult.Hit hit : index.search(request).hits()) out.add(hit.id());
        return out;
    }

    static Set<String> set(String... ids) {
        return new TreeSet<>(Arrays.asList(ids));
    }

    // --- the query language, with known answers ---

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "radar                               | 09PRAGUE100 09STATE200 10OSLO7",
            "RADAR                               | 09PRAGUE100 09STATE200 10OSLO7",
            "sanction                            | 09PRAGUE100",
            "sanctions                           | 09PRAGUE100",
            "cafe                                | 08PARIS50",
            "café                                | 08PARIS50",
            "'\"foreign minister\"'              | 09PRAGUE100",
            "'\"foreign ministry\"'              | 09STATE200",
            "'\"end summary the foreign\"'       | ",
            "minist*                             | 08PARIS50 09PRAGUE100 09STATE200",
            "MINIST*                             | 08PARIS50 09PRAGUE100 09STATE200",
            "radar minister                      | 09PRAGUE100",
            "radar AND minister                  | 09PRAGUE100",
            "radar OR economy                    | 08PARIS50 09PRAGUE100 09STATE200 10OSLO7",
            "radar NOT police                    | 09PRAGUE100 09STATE200",
            "radar -police                       | 09PRAGUE100 09STATE200",
            "-radar                              | 07MOSCOW9 08PARIS50",
            "NOT radar                           | 07MOSCOW9 08PARIS50",
            "(radar OR warheads) -tag:EZ         | 07MOSCOW9 09STATE200 10OSLO7",
            "radar (brdy OR police)              | 09STATE200 10OSLO7",
            "economy OR NOT radar                | 07MOSCOW9 08PARIS50",
            "arms control                        | 07MOSCOW9 09PRAGUE100 09STATE200",
            "'\"arms control\"'                  | 07MOSCOW9 09PRAGUE100 09STATE200",
            "disarmament                         | 07MOSCOW9 09PRAGUE100 09STATE200",
            "tag:PARM                            | 07MOSCOW9 09PRAGUE100 09STATE200",
            "tag:parm                            | 07MOSCOW9 09PRAGUE100 09STATE200",
            "tag:arms                            | ",
            "tag:(EZ OR FR)                      | 08PARIS50 09PRAGUE100",
            "tag:E*                              | 08PARIS50 09PRAGUE100",
            "id:09prague100                      | 09PRAGUE100",
            "ID:09PRAGUE100                      | 09PRAGUE100",
            "origin:prague                       | 09PRAGUE100",
            "'origin:\"embassy paris\"'          | 08PARIS50",
            "origin:embassy                      | 07MOSCOW9 08PARIS50 09PRAGUE100 10OSLO7",
            "to:prague                           | 09STATE200",
            "to:secstate                         | 07MOSCOW9 08PARIS50 09PRAGUE100 10OSLO7",
            "info:berlin                         | 09PRAGUE100 09STATE200",
            "info:warsaw                         | 09PRAGUE100",
            "class:secret                        | 09STATE200 10OSLO7",
            "class:S                             | 09STATE200 10OSLO7",
            "class:C                             | 07MOSCOW9 09PRAGUE100",
            "class:unclassified                  | 08PARIS50",
            "'class:\"top secret\"'              | ",
            "caveat:noforn                       | 09STATE200",
            "caveat:NODIS                        | 10OSLO7",
            "caveat:sipdis                       | 07MOSCOW9 09PRAGUE100 09STATE200",
            "subject:radar                       | 09PRAGUE100",
            "subject:demarche                    | 09STATE200",
            "subject:minister                    | ",
            "'subject:\"economy slows\"'         | 08PARIS50",
            "ref:09state200                      | 08PARIS50 09PRAGUE100",
            "ref:09PRAGUE100                     | 07MOSCOW9 08PARIS50",
            "date:2009                           | 09PRAGUE100 09STATE200",
            "date:2009-10                        | 09PRAGUE100",
            "date:2009-10-02                     | 09PRAGUE100",
            "date:2009-10-03                     | ",
            "date:[2008-01 TO 2009-09]           | 08PARIS50 09STATE200",
            "date:[2009-10 TO *]                 | 09PRAGUE100 10OSLO7",
            "date:[* TO 2008]                    | 08PARIS50",
            "date:[2008-01-20 TO 2008-01-20]     | 08PARIS50",
            "precedence:priority                 | 07MOSCOW9 09PRAGUE100",
            "'precedence:\"niact immediate\"'    | 10OSLO7",
            "precedence:niact*                   | 10OSLO7",
            "*                                   | 07MOSCOW9 08PARIS50 09PRAGUE100 09STATE200 10OSLO7",
            "radar ...                           | 09PRAGUE100 09STATE200 10OSLO7",
            "not                                 | 09PRAGUE100",
            "and                                 | 07MOSCOW9 08PARIS50 09PRAGUE100 09STATE200 10OSLO7",
    })
    void knownAnswers(String query, String expected) {
        Set<String> want = expected == null ? Set.of() : set(expected.trim().split("\\s+"));
        assertThat(ids(query)).as(query).isEqualTo(want);
        assertThat(index.search(SearchRequest.of(query)).total()).as("total of " + query).isEqualTo(want.size());
    }

    @Test
    void malformedQueriesSayWhatAndWhere() {
        assertThat(error("radar AND")).isEqualTo("column 10: expected a term after AND, found the end of the query");
        assertThat(error("(radar OR police")).startsWith("column 17: expected ')' to close the '(' at column 1");
        assertThat(error("radar)")).isEqualTo("column 6: ')' without a matching '('");
        assertThat(error("\"foreign minister")).isEqualTo("column 1: phrase not closed: a '\"' is missing");
        assertThat(error("colour:red")).startsWith("column 1: unknown field 'colour:'");
        assertThat(error("date:2009-13")).startsWith("column 6: '2009-13' is not a date");
        assertThat(error("date:[2009 TO]")).startsWith("column 14: in a date range, expected a date");
        assertThat(error("tag:[A TO B]")).isEqualTo("column 5: a range [FROM TO TO] goes only after date:");
        assertThat(error("class:purple")).startsWith("column 7: unknown classification 'purple'");
        assertThat(error("tag: PARM")).isEqualTo("column 5: expected a value right after 'tag:'");
        assertThat(error("")).isEqualTo("column 1: the query is empty");
        assertThat(error("OR radar")).isEqualTo("column 1: expected a term, found OR");
        assertThat(error("AND radar")).isEqualTo("column 1: AND needs a term before it");
        assertThat(error("...")).startsWith("column 1: nothing to search for");
        assertThat(error("date:[2010 TO 2009]")).startsWith("column 7: the range starts after it ends");
    }

    String error(String query) {
        try {
            index.search(SearchRequest.of(query));
        } catch (QuerySyntaxException e) {
            return e.getMessage();
        }
        throw new AssertionError("no error for " + query);
    }

    // --- facets ---

    @Test
    void facetCountsOverAllCables() {
        SearchResult r = index.search(SearchRequest.of("*").withAllFacets());
        assertThat(r.total()).isEqualTo(5);
        assertThat(counts(r, Facet.CLASS)).isEqualTo(Map.of("CONFIDENTIAL", 2L, "SECRET", 2L, "UNCLASSIFIED", 1L));
        assertThat(counts(r, Facet.TAG)).containsEntry("PARM", 3L).containsEntry("EZ", 1L).containsEntry("RS", 1L);
        assertThat(counts(r, Facet.YEAR)).isEqualTo(Map.of("2008", 1L, "2009", 2L, "2010", 1L));
        assertThat(counts(r, Facet.MONTH)).isEqualTo(Map.of("2008-01", 1L, "2009-09", 1L, "2009-10", 1L,
                "2010-02", 1L));
        assertThat(counts(r, Facet.PRECEDENCE)).isEqualTo(Map.of("PRIORITY", 2L, "IMMEDIATE", 1L,
                "NIACT IMMEDIATE", 1L, "ROUTINE", 1L));
        assertThat(counts(r, Facet.ORIGIN)).hasSize(5).containsEntry("Embassy Prague", 1L);
        assertThat(counts(r, Facet.ADDRESSEE)).isEqualTo(Map.of("SECSTATE WASHDC", 4L, "AMEMBASSY BERLIN", 2L,
                "AMEMBASSY WARSAW", 1L, "AMEMBASSY PRAGUE", 1L));
        // Most frequent first.
        assertThat(r.facets().get(Facet.TAG).get(0)).isEqualTo(new SearchResult.FacetValue("PARM", 3));
    }

    @Test
    void facetCountsFollowTheQueryAndTheLimit() {
        SearchResult r = index.search(SearchRequest.of("radar").withFacets(Set.of(Facet.TAG, Facet.CLASS))
                .withFacetLimit(1));
        assertThat(r.facets()).containsOnlyKeys(Facet.TAG, Facet.CLASS);
        assertThat(r.facets().get(Facet.TAG)).containsExactly(new SearchResult.FacetValue("PARM", 2));
        assertThat(r.facets().get(Facet.CLASS)).containsExactly(new SearchResult.FacetValue("SECRET", 2));
        assertThat(index.search(SearchRequest.of("radar")).facets()).isEmpty();
    }

    static Map<String, Long> counts(SearchResult r, Facet f) {
        Map<String, Long> out = new java.util.HashMap<>();
        for (SearchResult.FacetValue v : r.facets().get(f)) out.put(v.value(), v.count());
        return out;
    }

    // --- sort, pagination, hits ---

    @Test
    void sortsByDateBothWaysWithUndatedLast() {
        assertThat(order(SearchRequest.of("*").withSort(Sort.DATE)))
                .containsExactly(PARIS, STATE, PRAGUE, OSLO, MOSCOW);
        assertThat(order(SearchRequest.of("*").withSort(Sort.DATE_DESC)))
                .containsExactly(OSLO, PRAGUE, STATE, PARIS, MOSCOW);
    }

    @Test
    void paginates() {
        SearchRequest all = SearchRequest.of("*").withSort(Sort.DATE);
        assertThat(order(all.withPage(2, 0))).containsExactly(PARIS, STATE);
        assertThat(order(all.withPage(2, 2))).containsExactly(PRAGUE, OSLO);
        assertThat(order(all.withPage(2, 4))).containsExactly(MOSCOW);
        assertThat(order(all.withPage(2, 6))).isEmpty();
        assertThat(index.search(all.withPage(2, 4)).total()).isEqualTo(5);
        assertThat(index.search(all.withPage(0, 0)).total()).isEqualTo(5);
    }

    @Test
    void relevanceRanksSubjectAndRepeatedWordsFirst() {
        // Prague has radar in its subject and its first paragraph.
        assertThat(order(SearchRequest.of("radar")).get(0)).isEqualTo(PRAGUE);
    }

    List<String> order(SearchRequest request) {
        List<String> out = new ArrayList<>();
        for (SearchResult.Hit hit : index.search(request).hits()) out.add(hit.id());
        return out;
    }

    @Test
    void hitsCarryFieldsAndAHighlightedSnippet() {
        SearchResult.Hit hit = index.search(SearchRequest.of("sanctions")).hits().get(0);
        assertThat(hit.id()).isEqualTo(PRAGUE);
        assertThat(hit.dtg()).hasToString("2009-10-02T14:05:00Z");
        assertThat(hit.origin()).isEqualTo("Embassy Prague");
        assertThat(hit.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(hit.subject()).isEqualTo("CZECH VIEWS ON THE RADAR SITE");
        assertThat(hit.score()).isPositive();
        assertThat(hit.snippet().marked("[", "]"))
                .isEqualTo("THE FOREIGN MINISTER SAID THAT NEW [SANCTIONS] WOULD NOT WORK AND THAT TALKS SHOULD GO ON.");
    }

    @Test
    void phraseSnippetMarksThePhraseAsOneRange() {
        SearchResult.Hit hit = index.search(SearchRequest.of("\"foreign minister\"")).hits().get(0);
        assertThat(hit.snippet().marked("[", "]")).contains("THE [FOREIGN MINISTER] SAID");
    }

    @Test
    void metadataOnlyQueryHasNoSnippet() {
        assertThat(index.search(SearchRequest.of("id:" + PARIS)).hits().get(0).snippet()).isNull();
    }

    // --- writing: replace by id, high-water mark, rebuild ---

    @Test
    void putReplacesByIdAndCommitMakesVisible() {
        IndexDocument p = Fixtures.paris();
        IndexDocument changed = new IndexDocument(p.id(), 2, 9, p.dtg(), p.origin(), p.to(), p.info(), p.banner(),
                p.caveats(), p.tags(), p.precedence(), p.references(),
                List.of(Fixtures.para(1, org.chancery.cable.model.Level.UNCLASSIFIED, "THE BUDGET PASSED.")));
        index.put(portions.remember(List.of(changed)));
        assertThat(ids("cafe")).containsExactly(PARIS); // not yet committed
        index.commit(9);
        assertThat(ids("cafe")).isEmpty();
        assertThat(ids("budget")).containsExactly(PARIS);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.committedSeq()).isEqualTo(9);
    }

    @Test
    void highWaterMarkIsDurableWithTheCommitOnly() {
        assertThat(index.committedSeq()).isEqualTo(5);
        index.put(List.of(new IndexDocument("99TEST1", 1, 6, null, null, List.of(), List.of(), null, List.of(),
                List.of(), null, List.of(), List.of())));
        index.deleteAll();
        index.close(); // not committed: the put and the deleteAll are lost, the mark stays
        index = LuceneSearchIndex.open(dir.resolve("index"));
        assertThat(index.committedSeq()).isEqualTo(5);
        assertThat(index.size()).isEqualTo(5);
        assertThat(ids("id:99TEST1")).isEmpty();
        index.close();
        try (LuceneSearchIndex readOnly = LuceneSearchIndex.openReadOnly(dir.resolve("index"))) {
            assertThat(readOnly.committedSeq()).isEqualTo(5);
            assertThat(ids(readOnly, SearchRequest.of("radar"))).hasSize(3);
            assertThatThrownBy(() -> readOnly.commit(6)).isInstanceOf(IllegalStateException.class);
        }
        index = null;
    }

    @Test
    void emptyIndexStartsAtZeroAndSearchesEmpty() {
        try (LuceneSearchIndex empty = LuceneSearchIndex.open(dir.resolve("empty"))) {
            assertThat(empty.committedSeq()).isZero();
            SearchResult r = empty.search(SearchRequest.of("radar").withAllFacets());
            assertThat(r.total()).isZero();
            assertThat(r.facets().get(Facet.TAG)).isEmpty();
        }
        assertThatThrownBy(() -> LuceneSearchIndex.openReadOnly(dir.resolve("none")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no index");
    }

    @Test
    void rebuildGivesTheSameAnswers() {
        List<String> queries = List.of("radar", "arms control", "tag:PARM", "date:2009", "-radar", "minist*",
                "\"foreign minister\"", "class:S caveat:noforn", "*");
        List<Object> before = answers(queries);
        index.deleteAll();
        index.commit(0);
        assertThat(index.size()).isZero();
        List<IndexDocument> reversed = new ArrayList<>(Fixtures.all());
        java.util.Collections.reverse(reversed);
        index.put(portions.remember(reversed));
        index.commit(5);
        assertThat(answers(queries)).isEqualTo(before);
    }

    List<Object> answers(List<String> queries) {
        List<Object> out = new ArrayList<>();
        for (String q : queries) {
            SearchResult r = index.search(SearchRequest.of(q).withAllFacets().withSort(Sort.DATE));
            List<Object> hits = new ArrayList<>();
            for (SearchResult.Hit h : r.hits()) hits.add(List.of(h.id(), String.valueOf(h.snippet())));
            Map<Facet, Object> facets = new java.util.TreeMap<>();
            r.facets().forEach((f, v) -> facets.put(f, new TreeSet<>(v.stream().map(Object::toString).toList())));
            out.add(List.of(r.total(), hits, facets));
        }
        return out;
    }

    // --- export ---

    @Test
    void exportStreamsEveryMatchInDateOrderWithFields() {
        List<IndexedCable> rows = new ArrayList<>();
        long n = index.export(SearchRequest.of("tag:PARM").withPage(1, 0), rows::add);
        assertThat(n).isEqualTo(3);
        assertThat(rows).extracting(IndexedCable::id).containsExactly(STATE, PRAGUE, MOSCOW);
        IndexedCable prague = rows.get(1);
        assertThat(prague.to()).containsExactly("SECSTATE WASHDC");
        assertThat(prague.info()).containsExactly("AMEMBASSY BERLIN", "AMEMBASSY WARSAW");
        assertThat(prague.tags()).containsExactly("PARM", "PREL", "EZ");
        assertThat(prague.caveats()).containsExactly("SIPDIS");
        assertThat(prague.references()).containsExactly(STATE);
        assertThat(prague.classification()).isEqualTo("CONFIDENTIAL");
        assertThat(prague.precedence()).isEqualTo("PRIORITY");
        assertThat(prague.subject()).isEqualTo("CZECH VIEWS ON THE RADAR SITE");
        List<IndexedCable> desc = new ArrayList<>();
        index.export(SearchRequest.of("tag:PARM").withSort(Sort.DATE_DESC), desc::add);
        assertThat(desc).extracting(IndexedCable::id).containsExactly(PRAGUE, STATE, MOSCOW);
    }

    @Test
    void labelClassesPresentAreEnumerable() {
        assertThat(index.labelClasses()).extracting(LabelClass::name)
                .containsExactlyInAnyOrder("U", "C", "S/NOFORN", "S/NODIS");
    }
}
