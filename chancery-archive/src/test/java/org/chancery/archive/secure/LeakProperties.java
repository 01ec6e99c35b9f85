package org.chancery.archive.secure;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.IndexedCable;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.store.StoredReference;
import org.chancery.archive.store.VersionInfo;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Tag;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.AccessDecider;
import org.chancery.security.Labels;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Redactor;
import org.chancery.security.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Tries to make the gate leak. One real archive (store and Lucene index) of random portion-marked cables — every
 * portion, subject and tag carrying a word found nowhere else — some cited by others, some in two versions; then
 * random principals, and for each, under both policies, every way of reaching a cable: searches for every planted
 * word, field queries ({@code subject:}, {@code tag:}, {@code ref:}, {@code id:}, {@code class:}), every facet's
 * counts against counts made by brute force from what the principal may read, totals, hits, snippets and
 * subjects, show by id (redacted model, renderable parse, original bytes), versions and diffs, references and
 * "cited by", threads, export, and the error for a cable they may not see against the error for a missing one.
 * The brute force is the redactor itself, cable by cable: the index and the gate must agree with it exactly.
 *
 * <p>The number of checks is counted and printed; a CI run makes well over 100,000.
 */
class LeakProperties {

    static final int CABLES = 90;
    static final long SEED = 20261129L;
    static final Pattern MARKER = Pattern.compile("(?i)\\bmk[a-r]{4}\\b");
    static final Pattern TAG_MARKER = Pattern.compile("\\bK[A-R]{3}\\b");
    static final List<String> POSTS = List.of("ROME", "PRAGUE", "PARIS", "VALLETTA");
    static final List<String> MARKS = List.of("U", "SBU", "C", "S", "TS", "C/NF", "S//NF", "S//REL TO USA, GBR",
            "C//REL TO USA, AUS, GBR", "");
    static final List<String> CAPTIONS = List.of("SIPDIS", "SIPDIS", "SIPDIS", "NOFORN", "EXDIS", "NODIS");

    static final AtomicLong checks = new AtomicLong();
    static Path dir;
    static Archive archive;
    static SecureArchive documentGate;
    static SecureArchive portionGate;
    /** Every stored version, parsed once: id → version → parse. */
    static final Map<String, Map<Integer, ParsedCable>> versions = new TreeMap<>();
    /** The unrestricted view of each cable's index fields (the metadata facets are counted from). */
    static final Map<String, IndexedCable> metadata = new HashMap<>();
    /** Each cable's citing cables (current versions), from the store. */
    static final Map<String, Set<String>> citedBy = new HashMap<>();
    static final Set<String> memberships = new TreeSet<>();
    static int markerCount;

    // --- the archive ---

    @BeforeContainer
    static void build() throws IOException {
        dir = Files.createTempDirectory("leaks");
        Random random = new Random(SEED);
        Path v1 = Files.createDirectories(dir.resolve("in1"));
        Path v2 = Files.createDirectories(dir.resolve("in2"));
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < CABLES; c++) {
            String post = POSTS.get(random.nextInt(POSTS.size()));
            int mrn = 100 + c;
            String id = "09" + post + mrn;
            List<String> cites = new ArrayList<>();
            for (int r = random.nextInt(3); r > 0 && !ids.isEmpty(); r--) cites.add(ids.get(random.nextInt(ids.size())));
            if (random.nextInt(6) == 0) cites.add("09ROME9" + c); // not in the archive
            Files.writeString(v1.resolve(id + ".txt"), cable(random, post, mrn, cites));
            if (random.nextInt(5) == 0) Files.writeString(v2.resolve(id + ".txt"), cable(random, post, mrn, cites));
            ids.add(id);
        }
        archive = Archive.open(dir.resolve("store"));
        archive.ingest(List.of(v1), IngestOptions.defaults(), IngestListener.NONE);
        archive.ingest(List.of(v2), IngestOptions.defaults(), IngestListener.NONE);
        documentGate = new SecureArchive(archive, Policy.DOCUMENT, SecureArchive.NO_AUDIT);
        portionGate = new SecureArchive(archive, Policy.PORTION, SecureArchive.NO_AUDIT);

        for (String id : ids) {
            Map<Integer, ParsedCable> byVersion = new TreeMap<>();
            for (VersionInfo info : archive.store().versions(id)) {
                byVersion.put(info.version(), archive.store().version(id, info.version()).orElseThrow().parse());
            }
            versions.put(id, byVersion);
            for (StoredReference r : archive.store().citedBy(id)) {
                citedBy.computeIfAbsent(id, k -> new TreeSet<>()).add(r.citingId());
            }
            ParsedCable current = byVersion.get(byVersion.size());
            if (Labels.effective(current).governing().labelOrNull() != null
                    && Labels.effective(current).governing().labelOrNull().distribution()
                    instanceof org.chancery.security.Distribution.Limited l) {
                memberships.addAll(l.to());
            }
        }
        archive.index().export(SearchRequest.of("*"), c -> metadata.put(c.id(), c));
        assertThat(metadata).hasSize(CABLES);
        assertThat(versions.values().stream().filter(v -> v.size() == 2).count()).as("cables with two versions")
                .isGreaterThan(5);
        assertThat(citedBy).as("cables cited by others").hasSizeGreaterThan(10);
        memberships.add("EUR/CE");
    }

    /** A fictional cable in the real format, every portion, the subject and a tag planted with a fresh word. */
    static String cable(Random random, String post, int mrn, List<String> cites) {
        Level banner = List.of(Level.UNCLASSIFIED, Level.CONFIDENTIAL, Level.SECRET, Level.SECRET, Level.TOP_SECRET)
                .get(random.nextInt(5));
        String classLine = switch (banner) {
            case UNCLASSIFIED -> "UNCLAS";
            case CONFIDENTIAL -> "C O N F I D E N T I A L";
            case SECRET -> "S E C R E T";
            default -> "T O P S E C R E T";
        };
        StringBuilder b = new StringBuilder();
        b.append("VZCZCXRO").append(mrn).append("\nRR RUEHC\nDE RUEHRO #").append(mrn).append(" 2751444\n")
                .append("ZNY SSSSS ZZH\nR ").append(String.format(Locale.ROOT, "%02d", 1 + random.nextInt(28)))
                .append("1444Z ").append(List.of("JAN", "MAR", "JUN", "OCT").get(random.nextInt(4))).append(" 09\n")
                .append("FM AMEMBASSY ").append(post).append("\nTO RUEHC/SECSTATE WASHDC 0001\n");
        if (random.nextBoolean()) b.append("INFO RUEHFR/AMEMBASSY PARIS 0002\n");
        b.append("\n").append(classLine).append(' ').append(post).append(" 000").append(mrn).append("\n\n");
        Set<String> captions = new TreeSet<>();
        for (int i = random.nextInt(3); i > 0; i--) captions.add(CAPTIONS.get(random.nextInt(CAPTIONS.size())));
        for (String caption : captions) b.append(caption).append('\n');
        if (!captions.isEmpty()) b.append('\n');
        if (random.nextInt(3) == 0) b.append("DEPT FOR EUR/CE\n\n");
        b.append("E.O. 12958: DECL: 10/02/2019\nTAGS: PREL ").append(tagMarker()).append('\n');
        String subjectMark = MARKS.get(random.nextInt(MARKS.size()));
        b.append("SUBJECT: ").append(subjectMark.isEmpty() ? "" : "(" + subjectMark + ") ").append("FERRY MATTERS ")
                .append(marker()).append("\n\n");
        if (!cites.isEmpty()) {
            b.append("REF: ");
            for (int i = 0; i < cites.size(); i++) {
                String cited = cites.get(i);
                String citedPost = cited.replaceAll("^09|\\d+$", "");
                b.append(i == 0 ? "" : "\n").append((char) ('A' + i)).append(". 09 ").append(citedPost).append(' ')
                        .append(cited.substring(2 + citedPost.length()));
            }
            b.append("\n\n");
        }
        b.append("Classified By: Ambassador Jane Roe, reasons 1.4 (b) and (d)\n\n");
        int paragraphs = 1 + random.nextInt(4);
        for (int p = 1; p <= paragraphs; p++) {
            String mark = MARKS.get(random.nextInt(MARKS.size()));
            b.append(p).append(". ").append(mark.isEmpty() ? "" : "(" + mark + ") ").append("THE MINISTER SPOKE OF ")
                    .append(marker()).append(" AND THE HARBOUR.\n\n");
        }
        return b.append("ROE\n").toString();
    }

    static String marker() {
        return "MK" + letters(markerCount++, 4);
    }

    static String tagMarker() {
        return "K" + letters(markerCount++, 3);
    }

    static String letters(int n, int width) {
        char[] out = new char[width];
        for (int i = width - 1; i >= 0; i--) {
            out[i] = (char) ('A' + n % 18);
            n /= 18;
        }
        return new String(out);
    }

    @AfterContainer
    static void close() throws IOException {
        System.out.printf(Locale.ROOT, "LeakProperties: %,d checks%n", checks.get());
        archive.close();
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    // --- principals ---

    @Provide
    Arbitrary<Principal> principals() {
        return Combinators.combine(Arbitraries.of(Level.class), Arbitraries.of("NODIS", "EXDIS").set(),
                        Arbitraries.of("USA", "GBR", "AUS", "FRA").set().ofMaxSize(2),
                        Arbitraries.of(List.copyOf(memberships)).set().ofMaxSize(3))
                .as((level, lists, nationalities, places) -> new Principal("p", level, lists, nationalities, places,
                        EnumSet.of(Role.READER)));
    }

    // --- the brute force: what the redactor says, cable by cable ---

    /** One cable as a principal may see it by the redactor alone. */
    record Truth(String id, boolean visible, boolean bannerReadable, Set<String> readable, Set<String> unreadable) {
    }

    static Truth truth(Principal p, Policy policy, String id, ParsedCable parsed) {
        Set<String> all = words(parsed.text());
        Optional<RedactedCable> r = Redactor.redact(p, parsed, policy);
        if (r.isEmpty()) return new Truth(id, false, false, Set.of(), all);
        Set<String> readable = words(CanonicalWriter.write(r.get().cable()));
        Set<String> unreadable = new TreeSet<>(all);
        unreadable.removeAll(readable);
        boolean banner = AccessDecider.decide(p, Labels.effective(parsed).governing()).allowed();
        return new Truth(id, true, banner, readable, unreadable);
    }

    /** The planted words (paragraph, subject and tag markers) of a text, upper case. */
    static Set<String> words(String text) {
        Set<String> out = new TreeSet<>();
        for (Pattern p : List.of(MARKER, TAG_MARKER)) {
            Matcher m = p.matcher(text);
            while (m.find()) out.add(m.group().toUpperCase(Locale.ROOT));
        }
        return out;
    }

    static Map<String, Truth> truths(Principal p, Policy policy) {
        Map<String, Truth> out = new LinkedHashMap<>();
        for (var e : versions.entrySet()) {
            Map<Integer, ParsedCable> v = e.getValue();
            out.put(e.getKey(), truth(p, policy, e.getKey(), v.get(v.size())));
        }
        return out;
    }

    static void check(boolean ok, String what) {
        checks.incrementAndGet();
        assertThat(ok).as(what).isTrue();
    }

    static void noneIn(String shown, Set<String> unreadable, String what) {
        if (shown == null) return;
        for (String w : words(shown)) check(!unreadable.contains(w), what + ": " + w + " in " + shown);
    }

    // --- the properties ---

    @Property(tries = 24)
    void searchSeesOnlyReadableText(@ForAll("principals") Principal p) {
        for (Policy policy : Policy.values()) {
            SecureArchive gate = policy == Policy.DOCUMENT ? documentGate : portionGate;
            Viewer viewer = Viewer.as(p);
            Map<String, Truth> truths = truths(p, policy);
            Set<String> unreadableAnywhere = new HashSet<>();
            for (Truth t : truths.values()) unreadableAnywhere.addAll(t.unreadable());
            Set<String> visible = new TreeSet<>();
            for (Truth t : truths.values()) if (t.visible()) visible.add(t.id());

            // every planted word: found exactly where it is readable, never elsewhere
            for (Truth t : truths.values()) {
                for (String w : new TreeSet<>(words(versions.get(t.id()).get(versions.get(t.id()).size()).text()))) {
                    if (w.startsWith("K")) continue; // tag codes: by tag: below
                    SearchResult r = gate.search(viewer, SearchRequest.of(w).withPage(5, 0));
                    boolean readable = t.readable().contains(w);
                    check(r.total() == (readable ? 1 : 0), policy + " total of " + w + " for " + p + ": " + r.total());
                    check(r.hits().size() == (readable ? 1 : 0), policy + " hits of " + w);
                    for (SearchResult.Hit hit : r.hits()) {
                        check(hit.id().equals(t.id()), "hit " + hit.id() + " for " + w);
                        noneIn(hit.subject(), unreadableAnywhere, policy + " subject of a hit");
                        noneIn(hit.snippet() == null ? null : hit.snippet().text(), unreadableAnywhere,
                                policy + " snippet of a hit");
                    }
                    SearchResult s = gate.search(viewer, SearchRequest.of("subject:" + w));
                    check(s.total() <= (readable ? 1 : 0), policy + " subject:" + w);
                }
            }

            // everything, with every facet, against counts made from what may be read
            SearchResult all = gate.search(viewer, SearchRequest.of("*").withAllFacets().withFacetLimit(1_000)
                    .withPage(CABLES, 0));
            check(all.total() == visible.size(), policy + " total of * " + all.total() + " != " + visible.size());
            Set<String> hitIds = new TreeSet<>();
            for (SearchResult.Hit hit : all.hits()) {
                hitIds.add(hit.id());
                noneIn(hit.subject(), unreadableAnywhere, policy + " subject of a hit of *");
            }
            check(hitIds.equals(visible), policy + " hits of * " + hitIds + " != " + visible);
            for (Facet f : Facet.values()) {
                Map<String, Long> expected = new TreeMap<>();
                for (String id : visible) {
                    if (f == Facet.TAG && !truths.get(id).bannerReadable()) continue;
                    for (String value : facetValues(f, metadata.get(id))) expected.merge(value, 1L, Long::sum);
                }
                Map<String, Long> got = new TreeMap<>();
                for (SearchResult.FacetValue v : all.facets().get(f)) got.put(v.value(), v.count());
                check(got.equals(expected), policy + " facet " + f + " " + got + " != " + expected);
            }

            // field queries
            for (Truth t : truths.values()) {
                IndexedCable meta = metadata.get(t.id());
                long id = gate.search(viewer, SearchRequest.of("id:" + t.id())).total();
                check(id == (t.visible() ? 1 : 0), policy + " id:" + t.id());
                for (String tag : meta.tags()) {
                    if (!tag.startsWith("K")) continue;
                    long n = gate.search(viewer, SearchRequest.of("tag:" + tag)).total();
                    check(n == (t.visible() && t.bannerReadable() ? 1 : 0), policy + " tag:" + tag);
                }
            }
            for (String cited : citedBy.keySet()) {
                long expected = citedBy.get(cited).stream()
                        .filter(c -> truths.get(c).visible() && truths.get(c).bannerReadable()).count();
                check(gate.search(viewer, SearchRequest.of("ref:" + cited)).total() == expected, policy + " ref:" + cited);
            }
            for (Level level : Level.values()) {
                long expected = visible.stream().filter(id -> level.word().equals(metadata.get(id).classification())).count();
                check(gate.search(viewer, SearchRequest.of("class:\"" + level.word() + "\"")).total() == expected,
                        policy + " class:" + level);
            }

            // export
            List<IndexedCable> exported = new ArrayList<>();
            gate.export(viewer, SearchRequest.of("*"), exported::add);
            Set<String> exportedIds = new TreeSet<>();
            for (IndexedCable c : exported) {
                exportedIds.add(c.id());
                Truth t = truths.get(c.id());
                check(t.bannerReadable() || c.tags().isEmpty() && c.references().isEmpty(),
                        policy + " tags or references of " + c.id() + " exported without its banner");
                noneIn(c.subject(), unreadableAnywhere, policy + " exported subject");
            }
            check(exportedIds.equals(visible), policy + " export " + exportedIds + " != " + visible);
        }
    }

    static List<String> facetValues(Facet f, IndexedCable c) {
        String year = c.dtg() == null ? null : c.dtg().toString().substring(0, 4);
        String month = c.dtg() == null ? null : c.dtg().toString().substring(0, 7);
        List<String> out = new ArrayList<>();
        switch (f) {
            case ORIGIN -> out.add(c.origin());
            case CLASS -> out.add(c.classification());
            case TAG -> out.addAll(c.tags());
            case YEAR -> out.add(year);
            case MONTH -> out.add(month);
            case PRECEDENCE -> out.add(c.precedence());
            case ADDRESSEE -> {
                Set<String> both = new TreeSet<>(c.to());
                both.addAll(c.info());
                out.addAll(both);
            }
        }
        out.removeIf(v -> v == null || v.isBlank());
        return out;
    }

    @Property(tries = 24)
    void readingByIdShowsOnlyReadableText(@ForAll("principals") Principal p) {
        for (Policy policy : Policy.values()) {
            SecureArchive gate = policy == Policy.DOCUMENT ? documentGate : portionGate;
            Viewer viewer = Viewer.as(p);
            Map<String, Truth> truths = truths(p, policy);
            for (Truth t : truths.values()) {
                String id = t.id();
                if (!t.visible()) {
                    notFound(() -> gate.cable(viewer, id, null), id, null);
                    notFound(() -> gate.cable(viewer, id, 1), id, 1);
                    notFound(() -> gate.versions(viewer, id), id, null);
                    notFound(() -> gate.references(viewer, id), id, null);
                    notFound(() -> gate.thread(viewer, id, 0), id, null);
                    notFound(() -> gate.diff(viewer, id, 1, 1), id, 1);
                    continue;
                }
                // the cable, every way it can be rendered
                ShownCable shown = gate.cable(viewer, id, null);
                check(shown.complete() == shown.redacted().isComplete(), "complete");
                check(t.unreadable().isEmpty() || !shown.complete(), policy + " whole cable with unreadable words");
                noneIn(CanonicalWriter.write(shown.redacted().cable()), t.unreadable(), policy + " canonical " + id);
                noneIn(shown.renderable().text(), t.unreadable(), policy + " renderable text " + id);
                noneIn(String.valueOf(shown.renderable().cable()), t.unreadable(), policy + " model " + id);
                noneIn(String.valueOf(shown.redacted().facts()), t.unreadable(), policy + " facts " + id);
                noneIn(shown.renderable().diagnostics().toString(), t.unreadable(), policy + " findings " + id);
                if (shown.original() != null) {
                    noneIn(new String(shown.original(), StandardCharsets.UTF_8), t.unreadable(), policy + " original " + id);
                }
                for (String w : t.readable()) {
                    check(CanonicalWriter.write(shown.redacted().cable()).contains(w), policy + " readable " + w + " shown");
                }

                // references and "cited by"
                CableReferences refs = gate.references(viewer, id);
                check(t.bannerReadable() || refs.references().isEmpty(), policy + " references without the banner");
                for (ResolvedReference r : refs.references()) {
                    if (r.reference().citedId() == null) continue;
                    Truth cited = truths.get(r.reference().citedId());
                    check(r.present() == (cited != null && cited.visible()), policy + " present " + r);
                }
                Set<String> expectedCiting = new TreeSet<>();
                for (String citing : citedBy.getOrDefault(id, Set.of())) {
                    if (truths.get(citing).visible() && truths.get(citing).bannerReadable()) expectedCiting.add(citing);
                }
                check(new TreeSet<>(refs.citedBy()).equals(expectedCiting),
                        policy + " cited by of " + id + ": " + refs.citedBy() + " != " + expectedCiting);

                // the thread: present exactly when it exists for the principal, edges only through readable references
                for (ThreadNode n : gate.thread(viewer, id, 0)) {
                    Truth node = truths.get(n.id());
                    check(n.present() == (node != null && node.visible()), policy + " thread node " + n);
                    if (n.relation() == ThreadNode.Relation.CITED_BY) {
                        check(node != null && node.bannerReadable(), policy + " thread cited-by without banner " + n);
                    }
                    if (n.relation() == ThreadNode.Relation.CITES) {
                        check(truths.get(n.parent()).bannerReadable(), policy + " thread cites without banner " + n);
                    }
                }

                // versions and the diff
                Map<Integer, ParsedCable> all = versions.get(id);
                Set<Integer> visibleVersions = new TreeSet<>();
                Set<String> unreadable = new TreeSet<>();
                for (var v : all.entrySet()) {
                    Truth vt = truth(p, policy, id, v.getValue());
                    unreadable.addAll(vt.unreadable());
                    if (vt.visible()) visibleVersions.add(v.getKey());
                }
                Set<Integer> listed = new TreeSet<>();
                for (ShownVersion sv : gate.versions(viewer, id)) {
                    listed.add(sv.version());
                    check(sv.complete() || sv.sha256Hex() == null, policy + " hash of a version seen in part");
                }
                check(listed.equals(visibleVersions), policy + " versions " + listed + " != " + visibleVersions);
                for (int v : all.keySet()) {
                    if (!visibleVersions.contains(v)) notFound(() -> gate.cable(viewer, id, v), id, v);
                }
                if (visibleVersions.size() == 2) {
                    noneIn(gate.diff(viewer, id, 1, 2), unreadable, policy + " diff " + id);
                }
            }
            // a missing id answers the same way
            notFound(() -> gate.cable(viewer, "09ROME999", null), "09ROME999", null);
        }
    }

    static void notFound(Runnable call, String id, Integer version) {
        CableNotFoundException e = catchThrowableOfType(CableNotFoundException.class, call::run);
        check(e != null, "not found: " + id);
        check(e.getMessage().equals(CableNotFoundException.of(id, version).getMessage()), "message " + e.getMessage());
        check(e.getCause() == null && e.getStackTrace().length == 0, "nothing else in the exception");
    }
}
