package org.chancery.archive.index;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.cable.model.Level;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random portion-marked cables, random readers: whatever the reader may read, every word of an unreadable
 * portion is invisible, every cable with nothing readable is absent from hits, totals and counts, and snippets
 * and subjects only show readable portions.
 */
class VisibilityProperties {

    static final List<LabelClass> CLASSES = List.of(
            LabelClass.of(Level.UNCLASSIFIED, List.of()), LabelClass.of(Level.SBU, List.of()),
            LabelClass.of(Level.CONFIDENTIAL, List.of()), LabelClass.of(Level.CONFIDENTIAL, List.of("REL TO USA, GBR")),
            LabelClass.of(Level.SECRET, List.of()), LabelClass.of(Level.SECRET, List.of("NOFORN")),
            LabelClass.of(Level.SECRET, List.of("NODIS")), LabelClass.of(Level.TOP_SECRET, List.of("NOFORN")));
    static final int CABLES = 150;
    static final Pattern TOKEN = Pattern.compile("(?i)tok\\d+p\\d+");

    static Path dir;
    static LuceneSearchIndex index;
    static final MemoryPortions portions = new MemoryPortions();
    /** Portion token → label class; cable id → its portions' classes; subject text → class. */
    static final Map<String, LabelClass> tokenClass = new HashMap<>();
    static final Map<String, String> tokenCable = new HashMap<>();
    static final Map<String, List<LabelClass>> cableClasses = new HashMap<>();

    @BeforeContainer
    static void build() throws IOException {
        dir = Files.createTempDirectory("visibility");
        index = LuceneSearchIndex.open(dir, portions);
        Random random = new Random(42);
        List<IndexDocument> docs = new ArrayList<>();
        for (int c = 0; c < CABLES; c++) {
            String id = "09TEST" + c;
            List<Portion> portions = new ArrayList<>();
            List<LabelClass> classes = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int p = 0; p < n; p++) {
                LabelClass label = CLASSES.get(random.nextInt(CLASSES.size()));
                String token = "tok" + c + "p" + p;
                tokenClass.put(token, label);
                tokenCable.put(token, id);
                classes.add(label);
                Portion.Kind kind = p == 0 && random.nextBoolean() ? Portion.Kind.SUBJECT : Portion.Kind.PARAGRAPH;
                portions.add(new Portion(kind, kind == Portion.Kind.SUBJECT ? null : p, label.level(),
                        label.controls(), "COMMON WORDS " + token.toUpperCase(java.util.Locale.ROOT)
                        + " AND MORE COMMON WORDS."));
            }
            cableClasses.put(id, classes);
            Level banner = classes.stream().map(LabelClass::level).max(Comparator.naturalOrder()).orElseThrow();
            docs.add(new IndexDocument(id, 1, c + 1, Instant.parse("2009-01-01T00:00:00Z").plusSeconds(86_400L * c),
                    "Embassy Test", List.of("SECSTATE WASHDC"), List.of(), banner, List.of("SIPDIS"),
                    List.of(c % 2 == 0 ? "PARM" : "PREL"), "ROUTINE", List.of(), portions, classes.get(0), null));
        }
        index.put(portions.remember(docs));
        index.commit(CABLES);
    }

    @AfterContainer
    static void close() throws IOException {
        index.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Provide
    Arbitrary<Set<LabelClass>> readers() {
        return Arbitraries.of(CLASSES).set();
    }

    @Provide
    Arbitrary<List<String>> tokens() {
        return Arbitraries.of(List.copyOf(new java.util.TreeSet<>(tokenClass.keySet()))).list().ofSize(40);
    }

    @Property(tries = 100)
    void unreadableWordsNeverMatch(@ForAll("readers") Set<LabelClass> readable, @ForAll("tokens") List<String> sample) {
        Visibility v = Visibility.readableClasses(readable::contains);
        for (String token : sample) {
            Map.Entry<String, LabelClass> e = Map.entry(token, tokenClass.get(token));
            SearchResult r = index.search(SearchRequest.of(e.getKey()).withVisibility(v).withAllFacets());
            if (readable.contains(e.getValue())) {
                assertThat(r.hits()).extracting(SearchResult.Hit::id).containsExactly(tokenCable.get(e.getKey()));
                assertThat(r.hits().get(0).snippet().text()).containsIgnoringCase(e.getKey());
            } else {
                assertThat(r.total()).as(e.getKey()).isZero();
                assertThat(r.hits()).isEmpty();
                assertThat(r.facets().get(Facet.CLASS)).isEmpty();
            }
        }
    }

    @Property(tries = 15)
    void totalsCountsSnippetsAndSubjectsComeFromReadablePortions(@ForAll("readers") Set<LabelClass> readable) {
        Visibility v = Visibility.readableClasses(readable::contains);
        long visible = cableClasses.values().stream().filter(cs -> cs.stream().anyMatch(readable::contains)).count();
        // the first portion's class stands for the governing banner here: tags are seen with it only
        long bannerVisible = cableClasses.values().stream().filter(cs -> readable.contains(cs.get(0))).count();
        assertThat(index.search(SearchRequest.of("tag:PARM OR tag:PREL").withVisibility(v)).total())
                .isEqualTo(bannerVisible);
        for (String query : List.of("*", "common", "date:2009", "\"common words\"")) {
            SearchResult r = index.search(SearchRequest.of(query).withVisibility(v).withAllFacets()
                    .withPage(CABLES, 0));
            assertThat(r.total()).as(query).isEqualTo(visible);
            assertThat(r.facets().get(Facet.CLASS).stream().mapToLong(SearchResult.FacetValue::count).sum())
                    .isEqualTo(visible);
            assertThat(r.facets().get(Facet.TAG).stream().mapToLong(SearchResult.FacetValue::count).sum())
                    .isEqualTo(bannerVisible);
            for (SearchResult.Hit hit : r.hits()) {
                assertThat(cableClasses.get(hit.id())).anyMatch(readable::contains);
                for (String shown : new String[] {hit.subject(), hit.snippet() == null ? null : hit.snippet().text()}) {
                    if (shown == null) continue;
                    Matcher m = TOKEN.matcher(shown);
                    while (m.find()) {
                        String token = m.group().toLowerCase(java.util.Locale.ROOT);
                        assertThat(readable).as(token + " in " + shown).contains(tokenClass.get(token));
                    }
                }
            }
        }
    }
}
