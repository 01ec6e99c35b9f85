package org.chancery.bench;

import org.chancery.archive.Archive;
import org.chancery.archive.StoredPortions;
import org.chancery.archive.declass.SqliteDeclassifications;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.PortionSource;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.index.LabelClass;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Visibility;
import org.chancery.archive.secure.IndexLabels;
import org.chancery.cable.catalog.Tags;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The search benchmark (bench/search-bench.sh): builds an index of N synthetic cables, measures the raw Lucene
 * floor on the same texts, then runs a fixed mix of word, phrase, field and date queries with all facets:
 * p50/p99 with one client, throughput with several, and the same mix restricted to what a CONFIDENTIAL reader
 * without caveats may read.
 *
 * <p>Arguments: {@code --count N} (100000), {@code --dir DIR} (target/search-bench), {@code --threads T}
 * indexing threads (2), {@code --queries Q} measured per run (2000), {@code --clients C} (8),
 * {@code --seconds S} for the throughput run (20), {@code --skip-build} (reuse DIR/index),
 * {@code --skip-floor}, {@code --ram-mb M} writer buffer (128), {@code --per-kind-only} (only the runs by kind of
 * query: quick comparisons by CPU time), {@code --kinds 2,7} (only these kinds, 0-7, 8 for the stress phrases and 9
 * for the server's searches), {@code --facets all|none} (the mix with all seven facets, the default, or none),
 * {@code --dump FILE} (writes the total, facets and hits of every query of the mix with and without facets,
 * unrestricted and for the CONFIDENTIAL reader, and of the server's searches, then stops: two dumps compare the
 * results of two versions of the code).
 */
public final class SearchBench {

    private static boolean perKindOnly;
    private static Path dump;
    private static java.util.Set<Integer> kinds;
    private static boolean mixFacets = true;
    /** The kinds of the mix, then the stress phrases (8) and the server's searches (9). */
    private static final int STRESS = 8;
    private static final int SERVER = 9;

    public static void main(String[] args) throws Exception {
        long count = 100_000;
        Path dir = Path.of("target/search-bench");
        int threads = 2;
        int queries = 2000;
        int clients = 8;
        int seconds = 20;
        boolean build = true;
        boolean floor = true;
        double ramMb = 128;
        Path existing = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--count" -> count = Long.parseLong(args[++i].replace("_", ""));
                case "--dir" -> dir = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--skip-build" -> build = false;
                case "--skip-floor" -> floor = false;
                case "--ram-mb" -> ramMb = Double.parseDouble(args[++i]);
                case "--index" -> existing = Path.of(args[++i]);
                case "--per-kind-only" -> perKindOnly = true;
                case "--kinds" -> {
                    kinds = new java.util.HashSet<>();
                    for (String k : args[++i].split(",")) kinds.add(Integer.parseInt(k));
                }
                case "--dump" -> dump = Path.of(args[++i]);
                case "--facets" -> mixFacets = switch (args[++i]) {
                    case "all" -> true;
                    case "none" -> false;
                    default -> throw new IllegalArgumentException("--facets is all or none, not " + args[i]);
                };
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (existing != null) {
            searchExisting(existing, queries, clients, seconds);
            return;
        }
        SyntheticIndexDocuments gen = new SyntheticIndexDocuments(2026, count);
        Path indexDir = dir.resolve("index");
        System.out.printf(Locale.ROOT, "search bench: %,d cables, %d indexing threads, %d cores, heap %d MB%n",
                count, threads, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        if (build) {
            delete(indexDir);
            long ns = build(gen, indexDir, count, threads, ramMb);
            long bytes = size(indexDir);
            System.out.printf(Locale.ROOT, "index build: %.1f s, %,.0f cables/s, %s on disk, %.2f MB per 1,000 cables%n",
                    ns / 1e9, count / (ns / 1e9), mb(bytes), bytes / 1048576.0 / count * 1000);
        }
        if (floor) {
            Path rawDir = dir.resolve("raw");
            delete(rawDir);
            long ns = RawLuceneFloor.index(rawDir, count, threads, n -> gen.cable(n).id(),
                    n -> SyntheticIndexDocuments.allText(gen.cable(n)), ramMb);
            System.out.printf(Locale.ROOT, "raw Lucene floor (one TextField per cable): %.1f s, %,.0f cables/s, %s%n",
                    ns / 1e9, count / (ns / 1e9), mb(size(rawDir)));
            delete(rawDir);
        }
        MixSource source = MixSource.synthetic(gen);
        // The index keeps no body text: snippets take it from the generator, as they would from the store.
        PortionSource text = (id, version) -> gen.cable(Long.parseLong(id.replaceFirst("^.*\\D", ""))).portions();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir, text)) {
            measure(index, source, queries, clients, seconds);
        }
    }

    /** Searches an index built elsewhere (by {@code IngestBench}, i.e. by ingest), with words taken from it. */
    private static void searchExisting(Path indexDir, int queries, int clients, int seconds) throws Exception {
        long start = System.nanoTime();
        // The index keeps no body text: phrases and snippets read it from the store of record beside it.
        Path archive = indexDir.toAbsolutePath().getParent();
        if (archive == null || !Archive.exists(archive)) {
            throw new IllegalArgumentException("no chancery.db beside " + indexDir + ": the text of its cables is there");
        }
        try (CableStore store = SqliteCableStore.open(archive);
             SqliteDeclassifications declassifications = SqliteDeclassifications.open(archive)) {
            PortionSource text = new StoredPortions(store, declassifications);
            MixSource source = MixSource.fromIndex(indexDir, new Random(3), text);
            System.out.printf(Locale.ROOT, "search bench on %s (%s on disk); vocabulary read in %.1f s%n", indexDir,
                    mb(size(indexDir)), (System.nanoTime() - start) / 1e9);
            try (LuceneSearchIndex index = LuceneSearchIndex.openReadOnly(indexDir, text)) {
                measure(index, source, queries, clients, seconds);
            }
        }
    }

    private static void measure(LuceneSearchIndex index, MixSource source, int queries, int clients, int seconds)
            throws InterruptedException, IOException {
        {
            long t = System.nanoTime();
            System.out.printf(Locale.ROOT, "index: %,d cables, %d label classes (first search state: %.1f s)%n",
                    index.size(), index.labelClasses().size(), (System.nanoTime() - t) / 1e9);
            System.out.println("load average: " + loadAverage());
            List<SearchRequest> mix = mix(source, 500, new Random(7), mixFacets);
            Visibility confidential = Visibility.readableClasses(
                    (LabelClass l) -> l.level().compareTo(Level.CONFIDENTIAL) <= 0 && l.controls().isEmpty());
            if (dump != null) {
                List<SearchRequest> all = new ArrayList<>(mix(source, 500, new Random(7), true));
                all.addAll(commonPhrases(source, 50, new Random(5)));
                all.addAll(mix(source, 500, new Random(7), false));
                dump(index, all, confidential, serverSearches(400, new Random(13)), dump);
                return;
            }
            if (perKindOnly) {
                if (kinds == null) run(index, mix, 500, null);
                else perKind(index, source); // warm-up of the kinds measured
                perKind(index, source);
                if (kinds == null || kinds.contains(STRESS)) report("  stress (not in the mix): phrase of two of the 40 most common words",
                        run(index, commonPhrases(source, 100, new Random(5)), 200, null));
                System.out.println("load average: " + loadAverage());
                return;
            }
            // Warm up both ways (JIT, page cache, facet ordinals).
            run(index, mix, 1000, null);
            run(index, mix, 500, confidential);
            report("single client, no restriction", run(index, mix, queries, null));
            report("single client, CONFIDENTIAL reader", run(index, mix, queries, confidential));
            for (Visibility v : Arrays.asList(null, confidential)) {
                double qps = throughput(index, mix, clients, seconds, v);
                System.out.printf(Locale.ROOT, "throughput, %d clients%s: %,.0f queries/s%n", clients,
                        v == null ? "" : ", CONFIDENTIAL reader", qps);
            }
            perKind(index, source);
            report("  stress (not in the mix): phrase of two of the 40 most common words",
                    run(index, commonPhrases(source, 100, new Random(5)), 200, null));
            System.out.println("load average: " + loadAverage());
        }
    }

    /**
     * Every query's total, facets and hits (id, score, snippet), one line each: the mix unrestricted then
     * restricted, then the server's searches as their own reader.
     */
    private static void dump(LuceneSearchIndex index, List<SearchRequest> mix, Visibility restricted,
                             List<SearchRequest> server, Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        for (Visibility v : Arrays.asList(null, restricted)) {
            for (SearchRequest q : mix) lines.add(dumpLine(index, v == null ? q : q.withVisibility(v),
                    v == null ? "all" : "restricted"));
        }
        for (SearchRequest q : server) lines.add(dumpLine(index, q, "server"));
        Files.write(file, lines);
        System.out.println("wrote the results of " + lines.size() + " searches to " + file);
    }

    private static String dumpLine(LuceneSearchIndex index, SearchRequest q, String who) {
        SearchResult r = index.search(q);
        StringBuilder line = new StringBuilder(q.query()).append(" | ").append(who)
                .append(" | ").append(q.sort()).append(' ').append(q.offset()).append(' ').append(q.facets().size())
                .append(" | ").append(r.total()).append(" | ").append(new java.util.TreeMap<>(r.facets()));
        for (SearchResult.Hit h : r.hits()) {
            line.append(" | ").append(h.id()).append(' ')
                    .append(String.format(Locale.ROOT, "%.4f", h.score())).append(' ').append(h.subject())
                    .append(' ').append(h.snippet());
        }
        return line.toString();
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long build(SyntheticIndexDocuments gen, Path indexDir, long count, int threads, double ramMb)
            throws InterruptedException {
        long start = System.nanoTime();
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir, Tags.builtIn(), ramMb)) {
            AtomicLong nextBatch = new AtomicLong();
            int batch = 1000;
            Thread[] workers = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                final long total = count;
                workers[t] = new Thread(() -> {
                    for (long b = nextBatch.getAndIncrement(); b * batch < total; b = nextBatch.getAndIncrement()) {
                        List<IndexDocument> docs = new ArrayList<>(batch);
                        for (long n = b * batch; n < Math.min(total, (b + 1) * batch); n++) docs.add(gen.cable(n));
                        index.put(docs);
                    }
                });
                workers[t].start();
            }
            for (Thread w : workers) w.join();
            index.commit(count);
        }
        return System.nanoTime() - start;
    }

    /**
     * The query mix, eight kinds in turn, every query with all seven facets and a page of ten hits with snippets
     * (one in five sorted newest first): a word (frequency rank 100-5,100: a content word, found in roughly
     * 0.1-10% of cables); two words (one of rank 60-1,060); a phrase of two words that stand next to each other in
     * some cable (what people quote), at least one of them outside the 100 most common; a tag and a word; an
     * origin; a month and a word; a date range, a classification and a word; and (a OR b) -c with a caveat.
     * Without {@code facets}, the same queries count no facet.
     */
    static List<SearchRequest> mix(MixSource source, int size, Random r, boolean facets) {
        List<String> tags = List.of("PREL", "PGOV", "ECON", "PARM", "MARR", "ETRD", "KDEM", "PHUM", "EFIN", "PTER");
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String q = switch (i % 8) {
                case 0 -> source.word(100 + r.nextInt(5000));
                case 1 -> source.word(60 + r.nextInt(1000)) + " " + source.word(100 + r.nextInt(5000));
                case 2 -> "\"" + source.phrase(r) + "\"";
                case 3 -> "tag:" + tags.get(r.nextInt(tags.size())) + " " + source.word(100 + r.nextInt(3000));
                case 4 -> "origin:\"" + source.origin(r.nextInt(200)) + "\"";
                case 5 -> "date:" + (2001 + r.nextInt(10)) + "-" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(12))
                        + " " + source.word(60 + r.nextInt(1000));
                case 6 -> "date:[" + (2001 + r.nextInt(5)) + " TO " + (2006 + r.nextInt(5)) + "] class:secret "
                        + source.word(100 + r.nextInt(5000));
                default -> "(" + source.word(100 + r.nextInt(3000)) + " OR " + source.word(100 + r.nextInt(3000))
                        + ") -" + source.word(60 + r.nextInt(200)) + " caveat:sipdis";
            };
            SearchRequest.Sort sort = i % 5 == 0 ? SearchRequest.Sort.DATE_DESC : SearchRequest.Sort.RELEVANCE;
            SearchRequest request = SearchRequest.of(q).withSort(sort);
            out.add(facets ? request.withAllFacets() : request);
        }
        return out;
    }

    /**
     * The searches of the server load test ({@link ServerLoad}) as its reader makes them: one or two of its very
     * common words (or {@code *}); three quarters without facets, the others with class, year and origin; a fifth
     * newest first; after three visits in ten, page 2 of the same search or the same narrowed by a
     * classification. The reader is the demo's {@code s-reader} (SECRET, US, on no access list, reached by
     * SIPDIS only) under the portion policy, as the demo server runs.
     */
    static List<SearchRequest> serverSearches(int size, Random rnd) {
        Visibility reader = IndexLabels.visibility(Principal.reader("s-reader", Level.SECRET), Policy.PORTION);
        Set<Facet> some = EnumSet.of(Facet.CLASS, Facet.YEAR, Facet.ORIGIN);
        List<SearchRequest> out = new ArrayList<>();
        while (out.size() < size) {
            String q = ServerLoad.WORDS[rnd.nextInt(ServerLoad.WORDS.length)];
            if (rnd.nextInt(3) == 0) q += " " + ServerLoad.WORDS[rnd.nextInt(ServerLoad.WORDS.length - 1)];
            SearchRequest search = SearchRequest.of(q).withVisibility(reader)
                    .withFacets(rnd.nextInt(4) == 0 ? some : Set.of())
                    .withSort(rnd.nextInt(5) == 0 ? SearchRequest.Sort.DATE_DESC : SearchRequest.Sort.RELEVANCE);
            out.add(search);
            int next = rnd.nextInt(10);
            if (next < 2) {
                out.add(search.withPage(10, 10));
            } else if (next < 3) {
                out.add(new SearchRequest(q + " class:" + ServerLoad.CLASSES[rnd.nextInt(ServerLoad.CLASSES.length)],
                        search.facets(), search.facetLimit(), search.limit(), 0, search.sort(), reader));
            }
        }
        return out;
    }

    /** Phrases of two of the 40 most frequent words ("of the"): the worst case, reported apart. */
    static List<SearchRequest> commonPhrases(MixSource source, int size, Random r) {
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            out.add(SearchRequest.of("\"" + source.word(r.nextInt(40)) + " " + source.word(r.nextInt(40)) + "\"")
                    .withAllFacets());
        }
        return out;
    }

    /** Per-query wall times in ns; the last element is the process CPU time of the whole run, per query. */
    private static long[] run(LuceneSearchIndex index, List<SearchRequest> mix, int n, Visibility v) {
        long cpu = IngestBench.cpuNanos();
        long[] ns = new long[n + 1];
        for (int i = 0; i < n; i++) {
            SearchRequest q = mix.get(i % mix.size());
            if (v != null) q = q.withVisibility(v);
            long t = System.nanoTime();
            index.search(q);
            ns[i] = System.nanoTime() - t;
        }
        ns[n] = (IngestBench.cpuNanos() - cpu) / n;
        return ns;
    }

    private static void report(String what, long[] timed) {
        long[] sorted = Arrays.copyOf(timed, timed.length - 1);
        Arrays.sort(sorted);
        // CPU per query (process CPU time over the run / queries; slices run on several threads) does not depend
        // on how busy the machine is, as wall times do.
        System.out.printf(Locale.ROOT, "%s: %d queries, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms; "
                        + "CPU %.2f ms per query%n", what, sorted.length, pct(sorted, 50), pct(sorted, 90),
                pct(sorted, 99), sorted[sorted.length - 1] / 1e6, timed[timed.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    private static double throughput(LuceneSearchIndex index, List<SearchRequest> mix, int clients, int seconds,
                                     Visibility v) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        Thread[] workers = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            int offset = c * 61;
            workers[c] = new Thread(() -> {
                int i = offset;
                while (System.nanoTime() < end) {
                    SearchRequest q = mix.get(i++ % mix.size());
                    index.search(v == null ? q : q.withVisibility(v));
                    done.incrementAndGet();
                }
            });
            workers[c].start();
        }
        long start = System.nanoTime();
        for (Thread w : workers) w.join();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** p50/p99 by kind of query, to see which kind costs what. */
    private static void perKind(LuceneSearchIndex index, MixSource source) {
        List<SearchRequest> mix = mix(source, 800, new Random(11), mixFacets);
        String[] names = {"word", "two words", "phrase", "tag+word", "origin", "month+word", "range+class+word",
                "or/not/caveat"};
        for (int k = 0; k < names.length; k++) {
            if (kinds != null && !kinds.contains(k)) continue;
            List<SearchRequest> only = new ArrayList<>();
            for (int i = k; i < mix.size(); i += 8) only.add(mix.get(i));
            report("  " + names[k], run(index, only, only.size() * 2, null));
            if (k == 2) System.out.println("    e.g. " + only.get(0).query() + ", " + only.get(1).query());
        }
        if (kinds == null || kinds.contains(SERVER)) {
            List<SearchRequest> server = serverSearches(400, new Random(17));
            report("  server (s-reader; 1/4 with 3 facets, 1/5 by -date, page 2, class:)", run(index, server, 800, null));
        }
    }

    private static long size(Path dir) throws IOException {
        if (!Files.exists(dir)) return 0;
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.1f MB", bytes / 1048576.0);
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
