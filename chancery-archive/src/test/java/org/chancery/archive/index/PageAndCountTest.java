package org.chancery.archive.index;

import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Totals, facet counts and pages of hits on an index of a few thousand generated cables in several segments, with
 * replaced cables (deletions in the older segments), portion-marked text and cables outside SIPDIS: known answers
 * counted from the cables themselves, and the search without facets (its page found with skipping, its total
 * counted apart) giving exactly what the search with facets (every match visited) gives, for readers who see
 * everything, most cables (the filter checked per match) or few (the filter joined to the query), by relevance
 * and by date both ways, on the first and later pages; pages by date as the cables' dates and ids order them.
 */
class PageAndCountTest {

    private static final LabelClass U = LabelClass.of(Level.UNCLASSIFIED, List.of());
    private static final LabelClass C = LabelClass.of(Level.CONFIDENTIAL, List.of());
    private static final LabelClass S = LabelClass.of(Level.SECRET, List.of());
    private static final LabelClass S_NOFORN = LabelClass.of(Level.SECRET, List.of("NOFORN"));
    private static final LabelClass S_NODIS = LabelClass.of(Level.SECRET, List.of("NODIS"));
    /** Portion classes, the common ones several times. */
    private static final List<LabelClass> DRAWN = List.of(U, U, U, C, C, C, S, S, S_NOFORN, S_NODIS);
    /** Words by frequency: the first in most portions, the last few rare. */
    private static final List<String> WORDS = List.of("alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
            "golf", "hotel", "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa");
    private static final List<String> TAGS = List.of("PARM", "PREL", "PGOV", "ECON", "MARR");
    private static final List<String> ADDRESSEES = List.of("SECSTATE WASHDC", "AMEMBASSY PRAGUE", "AMEMBASSY PARIS",
            "USMISSION GENEVA");
    private static final int CABLES = 3000;

    /** A cable as the test knows it: its portions (class and words), date, governing class and SIPDIS or not. */
    private record Model(String id, List<LabelClass> classes, List<Set<String>> words, Instant date,
                         LabelClass governing, boolean sipdis, Level banner, List<String> tags, List<String> to) {
        boolean visibleTo(Predicate<LabelClass> readable, boolean sipdisOnly) {
            if (sipdisOnly && !sipdis) return false;
            return readable.test(governing) || classes.stream().anyMatch(readable);
        }

        boolean readableWord(Predicate<LabelClass> readable, String word) {
            for (int p = 0; p < classes.size(); p++) {
                if (readable.test(classes.get(p)) && words.get(p).contains(word)) return true;
            }
            return false;
        }
    }

    @TempDir
    static Path dir;
    static LuceneSearchIndex index;
    static final Map<String, Model> cables = new LinkedHashMap<>();

    /** A reader who may read SECRET without NODIS, reached by SIPDIS: most cables. */
    static final Predicate<LabelClass> SECRET_READER = c -> c.level().compareTo(Level.SECRET) <= 0
            && !c.controls().contains("NODIS");
    static final Visibility SECRET_SIPDIS = new Visibility(SECRET_READER::test, Set.of(LuceneSearchIndex.DIST_SIPDIS));
    /** A reader of unclassified text only: a minority of cables. */
    static final Predicate<LabelClass> U_READER = c -> c.level() == Level.UNCLASSIFIED && c.controls().isEmpty();
    static final Visibility UNCLASSIFIED = new Visibility(U_READER::test, null);

    @BeforeAll
    static void build() {
        index = LuceneSearchIndex.open(dir.resolve("index"));
        Random random = new Random(20261129);
        // three commits: three segments at least
        for (int batch = 0; batch < 3; batch++) {
            List<IndexDocument> docs = new ArrayList<>();
            for (int c = batch * CABLES / 3; c < (batch + 1) * CABLES / 3; c++) docs.add(cable(c, random));
            index.put(docs);
            index.commit(batch + 1);
        }
        // replace one cable in ten: deletions in the older segments
        List<IndexDocument> replaced = new ArrayList<>();
        for (int c = 0; c < CABLES; c += 10) replaced.add(cable(c, random));
        index.put(replaced);
        index.commit(4);
    }

    @AfterAll
    static void close() {
        if (index != null) index.close();
    }

    private static IndexDocument cable(int c, Random random) {
        String id = String.format(Locale.ROOT, "%02dTEST%d", 1 + c % 10, c);
        int n = 1 + random.nextInt(3);
        List<LabelClass> classes = new ArrayList<>();
        List<Set<String>> words = new ArrayList<>();
        List<Portion> portions = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            LabelClass label = DRAWN.get(random.nextInt(DRAWN.size()));
            Set<String> these = new java.util.TreeSet<>();
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 6; w++) {
                // roughly Zipf: word i with probability about 1 / (i + 1)
                String word = WORDS.get(Math.min(WORDS.size() - 1, (int) Math.floor(Math.pow(WORDS.size() + 1,
                        random.nextDouble())) - 1));
                these.add(word);
                text.append(word.toUpperCase(Locale.ROOT)).append(' ');
            }
            classes.add(label);
            words.add(these);
            Portion.Kind kind = p == 0 ? Portion.Kind.SUBJECT : Portion.Kind.PARAGRAPH;
            portions.add(new Portion(kind, kind == Portion.Kind.SUBJECT ? null : p, label.level(), label.controls(),
                    text.toString().strip()));
        }
        LabelClass governing = classes.stream().max(Comparator.comparing(LabelClass::level)).orElseThrow();
        boolean sipdis = random.nextInt(10) < 8;
        // one cable in twenty undated; the others on some day of 2001-2010, several on the same day
        Instant date = random.nextInt(20) == 0 ? null
                : Instant.parse("2001-01-01T00:00:00Z").plusSeconds(86_400L * random.nextInt(3650));
        // none, one or two tags and one to three addressees: facets of several values per cable
        List<String> tags = List.of(TAGS.get(random.nextInt(TAGS.size())), TAGS.get(random.nextInt(TAGS.size())))
                .stream().distinct().limit(random.nextInt(3)).toList();
        List<String> to = List.of(ADDRESSEES.get(random.nextInt(ADDRESSEES.size())),
                ADDRESSEES.get(random.nextInt(ADDRESSEES.size())), ADDRESSEES.get(random.nextInt(ADDRESSEES.size())))
                .stream().distinct().limit(1 + random.nextInt(3)).toList();
        cables.put(id, new Model(id, classes, words, date, governing, sipdis, governing.level(), tags, to));
        return new IndexDocument(id, 1, c + 1, date, "Embassy Test", to, List.of(), governing.level(),
                sipdis ? List.of("SIPDIS") : List.of(), tags, "ROUTINE", List.of(), portions, governing,
                sipdis ? List.of("SIPDIS") : List.of("PRAGUE"));
    }

    private static long expected(Predicate<LabelClass> readable, boolean sipdisOnly, Predicate<Model> matches) {
        return cables.values().stream().filter(m -> m.visibleTo(readable, sipdisOnly)).filter(matches).count();
    }

    @Test
    void theReadersCoverBothWaysOfFiltering() {
        // the SECRET reader's filter holds at least 3/4 of the cables (checked per match), the other's fewer
        assertThat(expected(SECRET_READER, true, m -> true)).isGreaterThanOrEqualTo(CABLES * 3 / 4);
        assertThat(expected(U_READER, false, m -> true)).isLessThan(CABLES * 3 / 4);
        assertThat(index.size()).isEqualTo(CABLES);
    }

    @Test
    void totalsAreExactWithAndWithoutFacets() {
        record Reader(Visibility visibility, Predicate<LabelClass> readable, boolean sipdisOnly) {
        }
        for (Reader r : List.of(new Reader(Visibility.ALL, c -> true, false),
                new Reader(SECRET_SIPDIS, SECRET_READER, true), new Reader(UNCLASSIFIED, U_READER, false))) {
            Map<String, Predicate<Model>> queries = new LinkedHashMap<>();
            queries.put("*", m -> true);
            for (String w : List.of("alpha", "charlie", "papa")) queries.put(w, m -> m.readableWord(r.readable(), w));
            queries.put("alpha bravo", m -> m.readableWord(r.readable(), "alpha") && m.readableWord(r.readable(), "bravo"));
            queries.put("(delta OR oscar) -alpha", m -> (m.readableWord(r.readable(), "delta")
                    || m.readableWord(r.readable(), "oscar")) && !m.readableWord(r.readable(), "alpha"));
            queries.put("class:secret bravo", m -> m.banner() == Level.SECRET && m.readableWord(r.readable(), "bravo"));
            // a condition most cables meet and exclusions: checked per match (CheckedClauses)
            queries.put("(delta OR oscar) -alpha caveat:sipdis", m -> (m.readableWord(r.readable(), "delta")
                    || m.readableWord(r.readable(), "oscar")) && !m.readableWord(r.readable(), "alpha") && m.sipdis());
            queries.put("charlie -bravo -delta caveat:sipdis", m -> m.readableWord(r.readable(), "charlie")
                    && !m.readableWord(r.readable(), "bravo") && !m.readableWord(r.readable(), "delta") && m.sipdis());
            queries.put("date:2005 alpha", m -> m.date() != null && m.date().atZone(ZoneOffset.UTC).getYear() == 2005
                    && m.readableWord(r.readable(), "alpha"));
            for (Map.Entry<String, Predicate<Model>> q : queries.entrySet()) {
                long want = expected(r.readable(), r.sipdisOnly(), q.getValue());
                SearchRequest request = SearchRequest.of(q.getKey()).withVisibility(r.visibility());
                String what = q.getKey() + " for " + r.visibility();
                assertThat(index.search(request).total()).as(what).isEqualTo(want);
                SearchResult faceted = index.search(request.withAllFacets());
                assertThat(faceted.total()).as(what + " with facets").isEqualTo(want);
                assertThat(faceted.facets().get(Facet.CLASS).stream().mapToLong(SearchResult.FacetValue::count).sum())
                        .as(what + " class counts").isEqualTo(want);
                assertThat(faceted.facets().get(Facet.YEAR).stream().mapToLong(SearchResult.FacetValue::count).sum())
                        .as(what + " year counts (the undated have none)")
                        .isEqualTo(expected(r.readable(), r.sipdisOnly(), m -> q.getValue().test(m) && m.date() != null));
            }
            // the rare word is there for every reader: its total is not trivially zero
            assertThat(expected(r.readable(), r.sipdisOnly(), m -> m.readableWord(r.readable(), "papa"))).isPositive();
        }
    }

    @Test
    void facetCountsAreThoseOfTheCables() {
        record Reader(Visibility visibility, Predicate<LabelClass> readable, boolean sipdisOnly) {
        }
        for (Reader r : List.of(new Reader(Visibility.ALL, c -> true, false),
                new Reader(SECRET_SIPDIS, SECRET_READER, true), new Reader(UNCLASSIFIED, U_READER, false))) {
            for (String word : List.of("alpha", "hotel")) {
                List<Model> matches = cables.values().stream().filter(m -> m.visibleTo(r.readable(), r.sipdisOnly()))
                        .filter(m -> m.readableWord(r.readable(), word)).toList();
                Map<String, Long> years = new java.util.TreeMap<>();
                Map<String, Long> tags = new java.util.TreeMap<>();
                Map<String, Long> to = new java.util.TreeMap<>();
                for (Model m : matches) {
                    if (m.date() != null) years.merge(Integer.toString(m.date().atZone(ZoneOffset.UTC).getYear()), 1L, Long::sum);
                    // tags go with the banner: counted only where the reader may read the governing class
                    if (r.readable().test(m.governing())) for (String t : m.tags()) tags.merge(t, 1L, Long::sum);
                    for (String a : m.to()) to.merge(a, 1L, Long::sum);
                }
                for (Set<Facet> asked : List.of(EnumSet.allOf(Facet.class), EnumSet.of(Facet.YEAR, Facet.TAG, Facet.ADDRESSEE))) {
                    SearchResult result = index.search(SearchRequest.of(word).withVisibility(r.visibility())
                            .withFacets(asked).withFacetLimit(100));
                    String what = word + " for " + r.visibility() + " counting " + asked;
                    assertThat(result.total()).as(what).isEqualTo(matches.size());
                    assertThat(counts(result, Facet.YEAR)).as(what).isEqualTo(years);
                    assertThat(counts(result, Facet.TAG)).as(what).isEqualTo(tags);
                    assertThat(counts(result, Facet.ADDRESSEE)).as(what).isEqualTo(to);
                    assertThat(result.facets().keySet()).isEqualTo(asked);
                }
            }
        }
    }

    private static Map<String, Long> counts(SearchResult result, Facet facet) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (SearchResult.FacetValue v : result.facets().get(facet)) out.put(v.value(), v.count());
        return out;
    }

    @Test
    void pagesWithoutFacetsAreThoseOfTheFullPass() {
        List<String> queries = List.of("*", "alpha", "bravo", "hotel", "alpha bravo", "\"alpha bravo\"",
                "(delta OR oscar) -alpha", "class:secret bravo", "date:[2003 TO 2006] charlie", "-alpha", "papa",
                "(delta OR oscar) -alpha caveat:sipdis", "bravo caveat:sipdis -charlie");
        for (Visibility v : List.of(Visibility.ALL, SECRET_SIPDIS, UNCLASSIFIED)) {
            for (String q : queries) {
                for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
                    for (int offset : new int[] {0, 10, 37}) {
                        SearchRequest plain = SearchRequest.of(q).withVisibility(v).withSort(sort).withPage(10, offset);
                        SearchResult without = index.search(plain);
                        SearchResult with = index.search(plain.withFacets(EnumSet.of(Facet.CLASS)));
                        String what = q + " " + sort + " offset " + offset + " for " + v;
                        assertThat(without.total()).as(what).isEqualTo(with.total());
                        assertThat(without.hits()).as(what).isEqualTo(with.hits());
                        if (with.total() > offset) assertThat(without.hits()).as(what).isNotEmpty();
                    }
                }
            }
        }
    }

    @Test
    void aConditionCheckedPerMatchKeepsTheOrderOfTheWords() {
        // SIPDIS is on most cables: the condition is taken out of the query and checked per match; it scores
        // the same for every cable, so the page is the words' own order with the cables outside SIPDIS left out
        assertThat(cables.values().stream().filter(Model::sipdis).count()).isGreaterThanOrEqualTo(CABLES * 3 / 4);
        for (Visibility v : List.of(Visibility.ALL, SECRET_SIPDIS, UNCLASSIFIED)) {
            for (String words : List.of("charlie", "(delta OR oscar) -alpha", "bravo hotel")) {
                List<String> all = index.search(SearchRequest.of(words).withVisibility(v).withPage(CABLES, 0)).hits()
                        .stream().map(SearchResult.Hit::id).filter(id -> cables.get(id).sipdis()).toList();
                for (int offset : new int[] {0, 10}) {
                    SearchResult within = index.search(SearchRequest.of(words + " caveat:sipdis").withVisibility(v)
                            .withPage(10, offset).withAllFacets());
                    assertThat(within.total()).as(words + " for " + v).isEqualTo(all.size());
                    assertThat(within.hits()).extracting(SearchResult.Hit::id).as(words + " for " + v + " from " + offset)
                            .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + 10, all.size())));
                }
            }
        }
    }

    @Test
    void dateSortPagesOfARestrictedReaderFollowTheDates() {
        // a common word (the page found by walking each segment's date order) and a rare one (all its matches
        // taken and ordered)
        for (String word : List.of("charlie", "papa")) {
            dateSortPagesFollowTheDates(word);
        }
    }

    private static void dateSortPagesFollowTheDates(String word) {
        List<Model> matches = cables.values().stream().filter(m -> m.visibleTo(SECRET_READER, true))
                .filter(m -> m.readableWord(SECRET_READER, word)).toList();
        for (int offset : new int[] {0, 10, matches.size() - 5}) {
            List<String> newest = matches.stream()
                    .sorted(Comparator.comparing((Model m) -> m.date() == null ? Instant.MIN : m.date())
                            .thenComparing(Model::id).reversed())
                    .skip(offset).limit(10).map(Model::id).toList();
            List<String> oldest = matches.stream()
                    .sorted(Comparator.comparing((Model m) -> m.date() == null ? Instant.MAX : m.date())
                            .thenComparing(Model::id))
                    .skip(offset).limit(10).map(Model::id).toList();
            for (Set<Facet> facets : List.of(Set.<Facet>of(), EnumSet.of(Facet.CLASS))) {
                SearchRequest q = SearchRequest.of(word).withVisibility(SECRET_SIPDIS).withFacets(facets)
                        .withPage(10, offset);
                assertThat(index.search(q.withSort(SearchRequest.Sort.DATE_DESC)).hits())
                        .extracting(SearchResult.Hit::id).as(word + " newest first from " + offset).isEqualTo(newest);
                assertThat(index.search(q.withSort(SearchRequest.Sort.DATE)).hits())
                        .extracting(SearchResult.Hit::id).as(word + " oldest first from " + offset).isEqualTo(oldest);
            }
        }
    }

    @Test
    void dateSortPagesFollowTheDatesWithTheUndatedLast() {
        for (int offset : new int[] {0, 10, 2990}) {
            List<String> newest = cables.values().stream()
                    .sorted(Comparator.comparing((Model m) -> m.date() == null ? Instant.MIN : m.date())
                            .thenComparing(Model::id).reversed())
                    .skip(offset).limit(10).map(Model::id).toList();
            List<String> oldest = cables.values().stream()
                    .sorted(Comparator.comparing((Model m) -> m.date() == null ? Instant.MAX : m.date())
                            .thenComparing(Model::id))
                    .skip(offset).limit(10).map(Model::id).toList();
            assertThat(index.search(SearchRequest.of("*").withSort(SearchRequest.Sort.DATE_DESC).withPage(10, offset))
                    .hits()).extracting(SearchResult.Hit::id).as("newest first from " + offset).isEqualTo(newest);
            assertThat(index.search(SearchRequest.of("*").withSort(SearchRequest.Sort.DATE).withPage(10, offset))
                    .hits()).extracting(SearchResult.Hit::id).as("oldest first from " + offset).isEqualTo(oldest);
        }
    }
}
