package org.chancery.archive.index;

import org.chancery.cable.model.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.index.Fixtures.MOSCOW;
import static org.chancery.archive.index.Fixtures.OSLO;
import static org.chancery.archive.index.Fixtures.PARIS;
import static org.chancery.archive.index.Fixtures.PRAGUE;
import static org.chancery.archive.index.Fixtures.STATE;

/** A restricted search never returns text, hits, totals, counts, subjects or snippets from unreadable portions. */
class VisibilityTest {

    /** Up to CONFIDENTIAL, no controls held. */
    static final Visibility CONFIDENTIAL = Visibility.readableClasses(
            l -> l.level().compareTo(Level.CONFIDENTIAL) <= 0 && l.controls().isEmpty());
    static final Visibility UNCLASSIFIED = Visibility.readableClasses(
            l -> l.level() == Level.UNCLASSIFIED && l.controls().isEmpty());
    /** SECRET with NOFORN (a US national) but not on the NODIS list. */
    static final Visibility SECRET_NOFORN = Visibility.readableClasses(
            l -> l.level().compareTo(Level.SECRET) <= 0 && Set.of("NOFORN").containsAll(l.controls()));

    @TempDir
    Path dir;
    LuceneSearchIndex index;
    final MemoryPortions portions = new MemoryPortions();

    @BeforeEach
    void load() {
        index = LuceneSearchIndex.open(dir, portions);
        index.put(portions.remember(Fixtures.all()));
        index.commit(5);
    }

    @AfterEach
    void close() {
        index.close();
    }

    SearchResult search(String query, Visibility v) {
        return index.search(SearchRequest.of(query).withPage(100, 0).withAllFacets().withVisibility(v));
    }

    Set<String> ids(String query, Visibility v) {
        Set<String> out = new TreeSet<>();
        for (SearchResult.Hit h : search(query, v).hits()) out.add(h.id());
        return out;
    }

    @Test
    void textOfUnreadablePortionsDoesNotMatch() {
        assertThat(ids("radar", Visibility.ALL)).containsExactlyInAnyOrder(PRAGUE, STATE, OSLO);
        assertThat(ids("radar", CONFIDENTIAL)).containsExactly(PRAGUE);
        assertThat(ids("radar", SECRET_NOFORN)).containsExactlyInAnyOrder(PRAGUE, STATE);
        assertThat(ids("brdy", CONFIDENTIAL)).isEmpty();
        assertThat(search("brdy", CONFIDENTIAL).total()).isZero();
        assertThat(ids("\"secret plan\"", CONFIDENTIAL)).isEmpty();
        assertThat(ids("sec*", CONFIDENTIAL)).isEmpty();
        assertThat(ids("radar", UNCLASSIFIED)).isEmpty();
    }

    @Test
    void aCableWithNothingReadableDoesNotExist() {
        SearchResult all = search("*", CONFIDENTIAL);
        assertThat(all.total()).isEqualTo(4);
        assertThat(ids("*", CONFIDENTIAL)).doesNotContain(OSLO);
        // Not through its metadata either: tags, tag meanings, id, origin, class, caveats, dates.
        for (String q : List.of("tag:PGOV", "government", "id:" + OSLO, "origin:oslo", "caveat:nodis",
                "date:2010", "precedence:niact*", "-radar")) {
            assertThat(ids(q, CONFIDENTIAL)).as(q).doesNotContain(OSLO);
        }
        assertThat(ids("government", CONFIDENTIAL)).containsExactly(PRAGUE);
        assertThat(ids("*", SECRET_NOFORN)).doesNotContain(OSLO).hasSize(4);
        assertThat(ids("*", UNCLASSIFIED)).containsExactlyInAnyOrder(PRAGUE, STATE, PARIS);
        assertThat(search("*", Visibility.readableClasses(l -> false)).total()).isZero();
    }

    @Test
    void facetCountsCountOnlyVisibleCables() {
        SearchResult r = search("*", CONFIDENTIAL);
        assertThat(LuceneSearchIndexTest.counts(r, Facet.CLASS))
                .isEqualTo(java.util.Map.of("CONFIDENTIAL", 2L, "SECRET", 1L, "UNCLASSIFIED", 1L));
        assertThat(LuceneSearchIndexTest.counts(r, Facet.TAG)).doesNotContainKeys("PGOV", "NO");
        assertThat(LuceneSearchIndexTest.counts(r, Facet.YEAR)).doesNotContainKey("2010");
        assertThat(LuceneSearchIndexTest.counts(r, Facet.ORIGIN)).doesNotContainKey("Embassy Oslo");
        assertThat(LuceneSearchIndexTest.counts(r, Facet.PRECEDENCE)).doesNotContainKey("NIACT IMMEDIATE");
        assertThat(LuceneSearchIndexTest.counts(r, Facet.ADDRESSEE)).containsEntry("SECSTATE WASHDC", 3L);
        // Facets of a text query count only cables whose readable text matched.
        assertThat(LuceneSearchIndexTest.counts(search("radar", CONFIDENTIAL), Facet.CLASS))
                .isEqualTo(java.util.Map.of("CONFIDENTIAL", 1L));
    }

    @Test
    void snippetsAndSubjectsComeOnlyFromReadablePortions() {
        // State: subject (U), para 1 (S/NOFORN) has "the radar ... secret plan", para 2 (C) the demarche.
        SearchResult.Hit state = search("the", CONFIDENTIAL).hits().stream()
                .filter(h -> h.id().equals(STATE)).findFirst().orElseThrow();
        assertThat(state.subject()).isEqualTo("DEMARCHE ON MISSILE DEFENSE");
        assertThat(state.snippet().text()).doesNotContain("BRDY").doesNotContain("SECRET PLAN")
                .contains("DEMARCHE TO THE FOREIGN MINISTRY");
        // Prague: subject (C) is withheld from an UNCLASSIFIED reader, as is paragraph 1.
        SearchResult.Hit prague = search("the", UNCLASSIFIED).hits().stream()
                .filter(h -> h.id().equals(PRAGUE)).findFirst().orElseThrow();
        assertThat(prague.subject()).isNull();
        assertThat(prague.snippet().text()).doesNotContain("RADAR").contains("FOREIGN MINISTER");
        assertThat(ids("subject:radar", UNCLASSIFIED)).isEmpty();
        assertThat(ids("subject:radar", CONFIDENTIAL)).containsExactly(PRAGUE);
        // Every snippet of every hit, for a query matching words everywhere.
        for (SearchResult.Hit h : search("the OR radar OR police", CONFIDENTIAL).hits()) {
            if (h.snippet() != null) {
                assertThat(h.snippet().text()).doesNotContain("BRDY", "POLICE", "COMMISSIONER");
            }
        }
    }

    @Test
    void exportSeesWhatSearchSees() {
        List<IndexedCable> rows = new ArrayList<>();
        index.export(SearchRequest.of("*").withVisibility(UNCLASSIFIED), rows::add);
        assertThat(rows).extracting(IndexedCable::id).containsExactlyInAnyOrder(PRAGUE, STATE, PARIS);
        IndexedCable prague = rows.stream().filter(r -> r.id().equals(PRAGUE)).findFirst().orElseThrow();
        assertThat(prague.subject()).isNull();
    }

    @Test
    void distributionLimitsCablesToThoseThatReachTheReader() {
        Visibility sharedArchive = new Visibility(null, Set.of("SIPDIS"));
        assertThat(ids("*", sharedArchive)).containsExactlyInAnyOrder(PRAGUE, STATE, MOSCOW);
        Visibility oslo = new Visibility(null, Set.of("SIPDIS", "embassy oslo"));
        assertThat(ids("*", oslo)).containsExactlyInAnyOrder(PRAGUE, STATE, MOSCOW, OSLO);
        Visibility paris = new Visibility(null, Set.of("Embassy Paris"));
        assertThat(ids("*", paris)).containsExactly(PARIS);
        assertThat(search("*", paris).total()).isEqualTo(1);
        Visibility berlin = new Visibility(l -> l.level() != Level.SECRET, Set.of("AMEMBASSY BERLIN"));
        assertThat(ids("*", berlin)).containsExactlyInAnyOrder(PRAGUE, STATE);
        assertThat(ids("radar", berlin)).containsExactly(PRAGUE);
    }

}
