package org.chancery.bench;

import org.chancery.archive.IndexDocuments;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.catalog.Tags;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The cost of the index alone, on one thread, against raw Lucene on the same texts: loads and parses up to N
 * cables of a corpus folder into memory first, then alternately builds our index from their index documents and
 * the raw floor from their texts (one thread each), and prints the process CPU time (merges and GC included)
 * and size of each. For finding where index time goes;
 * the figures of record come from {@link IngestBench}.
 *
 * <pre>java -Xmx2g -cp bench/target/benchmarks.jar org.chancery.bench.IndexCostBench CORPUS_DIR WORK_DIR [N] [ROUNDS]</pre>
 */
public final class IndexCostBench {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        Path work = Path.of(args[1]);
        int n = args.length > 2 ? Integer.parseInt(args[2]) : 20_000;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".txt")).sorted().limit(n).toList();
        }
        List<String> ids = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        List<IndexDocument> docs = new ArrayList<>();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long parse = 0;
        for (Path f : files) {
            byte[] bytes = Files.readAllBytes(f);
            String name = Cables.baseName(f.getFileName().toString());
            long t0 = mx.getCurrentThreadCpuTime();
            ParsedCable parsed = Cables.read(bytes, name, Cables.formatOf(f.getFileName().toString(), bytes));
            CableFacts facts = CableFacts.of(parsed);
            docs.add(IndexDocuments.of(name, parsed, facts, 1, docs.size() + 1));
            parse += mx.getCurrentThreadCpuTime() - t0;
            ids.add(name);
            texts.add(new String(bytes, StandardCharsets.UTF_8));
        }
        System.out.printf(Locale.ROOT, "%,d cables; parse + index document: %.2f s CPU%n", docs.size(), parse / 1e9);
        for (int r = 0; r < rounds; r++) {
            Path ours = work.resolve("ours");
            delete(ours);
            long c0 = IngestBench.cpuNanos();
            long w0 = System.nanoTime();
            try (LuceneSearchIndex index = LuceneSearchIndex.open(ours, Tags.builtIn(), 64)) {
                for (int i = 0; i < docs.size(); i += 1000) index.put(docs.subList(i, Math.min(docs.size(), i + 1000)));
                index.commit(docs.size());
            }
            long oursCpu = IngestBench.cpuNanos() - c0;
            long oursWall = System.nanoTime() - w0;
            Path raw = work.resolve("raw");
            delete(raw);
            long c1 = IngestBench.cpuNanos();
            long rawWall = RawLuceneFloor.index(raw, docs.size(), 1, i -> ids.get((int) i), i -> texts.get((int) i), 64);
            long rawCpu = IngestBench.cpuNanos() - c1;
            System.out.printf(Locale.ROOT, "round %d: ours %.2f s CPU (%.2f wall), %.1f MB; raw %.2f s CPU (%.2f wall), "
                    + "%.1f MB; CPU ratio %.2f%n", r, oursCpu / 1e9, oursWall / 1e9, size(ours) / 1e6, rawCpu / 1e9,
                    rawWall / 1e9, size(raw) / 1e6, (double) oursCpu / rawCpu);
        }
    }

    private static long size(Path dir) throws java.io.IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void delete(Path dir) throws java.io.IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
