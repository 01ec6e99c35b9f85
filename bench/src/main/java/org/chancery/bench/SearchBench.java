package org.chancery.bench;

import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.LabelClass;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.Visibility;
import org.chancery.cable.catalog.Tags;
import org.chancery.cable.model.Level;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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
 * {@code --skip-floor}, {@code --ram-mb M} writer buffer (128).
 */
public final class SearchBench {

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
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
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
        try (LuceneSearchIndex index = LuceneSearchIndex.open(indexDir)) {
            System.out.printf(Locale.ROOT, "index: %,d cables, %d label classes%n", index.size(),
                    index.labelClasses().size());
            List<SearchRequest> mix = mix(gen, 500, new Random(7));
            Visibility confidential = Visibility.readableClasses(
                    (LabelClass l) -> l.level().compareTo(Level.CONFIDENTIAL) <= 0 && l.controls().isEmpty());
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
            perKind(index, gen);
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

    /** The query mix: words, two words, phrases, fields, dates; all with every facet. */
    static List<SearchRequest> mix(SyntheticIndexDocuments gen, int size, Random r) {
        List<String> tags = List.of("PREL", "PGOV", "ECON", "PARM", "MARR", "ETRD", "KDEM", "PHUM", "EFIN", "PTER");
        List<SearchRequest> out = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String q = switch (i % 8) {
                case 0 -> gen.word(100 + r.nextInt(5000));
                case 1 -> gen.word(60 + r.nextInt(1000)) + " " + gen.word(100 + r.nextInt(5000));
                case 2 -> "\"" + gen.word(r.nextInt(40)) + " " + gen.word(r.nextInt(40)) + "\"";
                case 3 -> "tag:" + tags.get(r.nextInt(tags.size())) + " " + gen.word(100 + r.nextInt(3000));
                case 4 -> "origin:\"" + gen.post(r.nextInt(200)).name() + "\"";
                case 5 -> "date:" + (2001 + r.nextInt(10)) + "-" + String.format(Locale.ROOT, "%02d", 1 + r.nextInt(12))
                        + " " + gen.word(60 + r.nextInt(1000));
                case 6 -> "date:[" + (2001 + r.nextInt(5)) + " TO " + (2006 + r.nextInt(5)) + "] class:secret "
                        + gen.word(100 + r.nextInt(5000));
                default -> "(" + gen.word(100 + r.nextInt(3000)) + " OR " + gen.word(100 + r.nextInt(3000)) + ") -"
                        + gen.word(60 + r.nextInt(200)) + " caveat:sipdis";
            };
            SearchRequest.Sort sort = i % 5 == 0 ? SearchRequest.Sort.DATE_DESC : SearchRequest.Sort.RELEVANCE;
            out.add(SearchRequest.of(q).withAllFacets().withSort(sort));
        }
        return out;
    }

    private static long[] run(LuceneSearchIndex index, List<SearchRequest> mix, int n, Visibility v) {
        long[] ns = new long[n];
        for (int i = 0; i < n; i++) {
            SearchRequest q = mix.get(i % mix.size());
            if (v != null) q = q.withVisibility(v);
            long t = System.nanoTime();
            index.search(q);
            ns[i] = System.nanoTime() - t;
        }
        return ns;
    }

    private static void report(String what, long[] ns) {
        long[] sorted = ns.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "%s: %d queries, p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                what, ns.length, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99), sorted[sorted.length - 1] / 1e6);
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
    private static void perKind(LuceneSearchIndex index, SyntheticIndexDocuments gen) {
        List<SearchRequest> mix = mix(gen, 800, new Random(11));
        String[] kinds = {"word", "two words", "phrase", "tag+word", "origin", "month+word", "range+class+word",
                "or/not/caveat"};
        for (int k = 0; k < kinds.length; k++) {
            List<SearchRequest> only = new ArrayList<>();
            for (int i = k; i < mix.size(); i += 8) only.add(mix.get(i));
            report("  " + kinds[k], run(index, only, only.size() * 2, null));
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
