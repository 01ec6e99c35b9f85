package org.chancery.bench;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Ingest throughput against its floor. In one run: (1) raw Lucene indexes the same files with no store — one
 * StringField id and one TextField with the whole text per cable, StandardAnalyzer, one thread per core, one
 * commit; (2) {@code Archive.ingest} stores and indexes them into a fresh archive. Prints cables/s of each, the
 * ratio, the CPU time of each by thread group (parse, index, merges, GC…), and the store and index size per 1,000
 * cables. {@code --skip-floor} leaves out (1), for comparing variants of our ingest.
 *
 * <pre>java -Xmx1g -cp bench/target/benchmarks.jar org.chancery.bench.IngestBench CORPUS_DIR WORK_DIR [--skip-floor]</pre>
 */
public final class IngestBench {

    public static void main(String[] args) throws Exception {
        if (args.length < 2 || args.length > 3 || (args.length == 3 && !args[2].equals("--skip-floor"))) {
            System.err.println("usage: IngestBench CORPUS_DIR WORK_DIR [--skip-floor] (WORK_DIR is emptied)");
            System.exit(2);
        }
        boolean floor = args.length == 2;
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        deleteTree(work);
        Files.createDirectories(work);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f); // also brings the files' metadata into cache
        int cores = Runtime.getRuntime().availableProcessors();
        int count = files.size();
        System.out.printf(Locale.ROOT, "corpus: %,d cables, %.1f MB; %d cores; max heap %d MB%n", count,
                bytes / 1e6, cores, Runtime.getRuntime().maxMemory() >> 20);

        ThreadCpu threads = new ThreadCpu();
        Map<String, Long> mark = new HashMap<>();
        threads.since(mark);
        long floorNanos = 0;
        long floorCpu = 0;
        if (floor) {
            System.out.println("load average before the floor: " + SearchBench.loadAverage());
            long cpu0 = cpuNanos();
            floorNanos = rawLucene(files, work.resolve("raw-index"), cores);
            floorCpu = cpuNanos() - cpu0;
            double floorRate = count / (floorNanos / 1e9);
            System.out.printf(Locale.ROOT, "raw Lucene (floor): %.1f s, %,.0f cables/s; CPU %.1f s%n",
                    floorNanos / 1e9, floorRate, floorCpu / 1e9);
            System.out.println("  CPU s by thread: " + ThreadCpu.format(threads.since(mark)));
        }

        // The floor's list of a million paths (about 250 MB) must not sit in the heap while ours runs.
        files = null;
        System.out.println("load average before the ingest: " + SearchBench.loadAverage());
        Path store = work.resolve("store");
        long cpu1 = cpuNanos();
        long start = System.nanoTime();
        IngestSummary summary;
        try (Archive archive = Archive.open(store)) {
            summary = archive.ingest(List.of(corpus), IngestOptions.defaults(), IngestListener.NONE);
        }
        long oursNanos = System.nanoTime() - start;
        long oursCpu = cpuNanos() - cpu1;
        double oursRate = count / (oursNanos / 1e9);
        System.out.printf(Locale.ROOT, "chancery ingest: %.1f s, %,.0f cables/s; CPU %.1f s (new %d, updated %d, "
                        + "unchanged %d, rejected %d)%n", oursNanos / 1e9, oursRate, oursCpu / 1e9, summary.added(),
                summary.updated(), summary.unchanged(), summary.rejected().size());
        System.out.println("  CPU s by thread: " + ThreadCpu.format(threads.since(mark)));
        threads.close();
        System.out.println("load average after the ingest: " + SearchBench.loadAverage());
        if (floor) {
            // On a shared machine wall time follows the load; CPU time is what the work cost.
            System.out.printf(Locale.ROOT, "ratio to the floor: %.2fx its wall time, %.2fx its CPU time%n",
                    (double) oursNanos / floorNanos, (double) oursCpu / floorCpu);
        }

        long db = size(store.resolve("chancery.db")) + size(store.resolve("chancery.db-wal"));
        long index = size(store.resolve(Archive.INDEX_FOLDER));
        long raw = floor ? size(work.resolve("raw-index")) : 0;
        double per = 1000.0 / count;
        System.out.printf(Locale.ROOT, "per 1,000 cables: store %.2f MB, index %.2f MB (raw Lucene index %.2f MB, "
                + "source text %.2f MB)%n", db * per / 1e6, index * per / 1e6, raw * per / 1e6, bytes * per / 1e6);
    }

    private static long rawLucene(List<Path> files, Path dir, int threads) throws Exception {
        long start = System.nanoTime();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64);
        try (FSDirectory directory = FSDirectory.open(dir); IndexWriter writer = new IndexWriter(directory, config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            AtomicInteger next = new AtomicInteger();
            Future<?>[] workers = new Future<?>[threads];
            for (int t = 0; t < threads; t++) {
                workers[t] = pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
                        Path file = files.get(i);
                        try {
                            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                            Document doc = new Document();
                            doc.add(new StringField("id", file.getFileName().toString(), Field.Store.YES));
                            doc.add(new TextField("text", text, Field.Store.NO));
                            writer.addDocument(doc);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                    return null;
                });
            }
            for (Future<?> w : workers) w.get();
            pool.shutdown();
            writer.commit();
        }
        return System.nanoTime() - start;
    }

    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static long size(Path path) throws IOException {
        if (!Files.exists(path)) return 0;
        if (!Files.isDirectory(path)) return Files.size(path);
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
