package org.chancery.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a process's CPU time goes, by thread group (Linux only: {@code /proc/self/task}): the JVM's own threads
 * (garbage collection, JIT compilers) are not seen by a Java profiler's execution samples, and they are a real
 * part of what a run costs. A daemon thread reads every thread's CPU time every 200 ms and keeps the last value
 * seen per thread, so that threads which have ended (merge threads, a finished pool) still count, less at most
 * one period of their time.
 */
final class ThreadCpu implements AutoCloseable {

    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long TICK_NANOS = 10_000_000L; // USER_HZ = 100 on Linux

    /** Thread id → (group, CPU nanos). */
    private final Map<String, Sample> seen = new ConcurrentHashMap<>();
    private final Thread sampler;
    private volatile boolean running = true;

    private record Sample(String group, long nanos) {
    }

    ThreadCpu() {
        sampler = new Thread(() -> {
            while (running) {
                sampleAll();
                try {
                    Thread.sleep(200);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-thread-cpu");
        sampler.setDaemon(true);
        if (Files.isDirectory(TASKS)) sampler.start();
    }

    /** CPU seconds per thread group since the last call (or since start). */
    Map<String, Double> since(Map<String, Long> mark) {
        sampleAll();
        Map<String, Long> now = totals();
        Map<String, Double> out = new TreeMap<>();
        for (Map.Entry<String, Long> e : now.entrySet()) {
            long before = mark.getOrDefault(e.getKey(), 0L);
            if (e.getValue() - before > 0) out.put(e.getKey(), (e.getValue() - before) / 1e9);
        }
        mark.clear();
        mark.putAll(now);
        return out;
    }

    /** One line: the groups with at least 0.1 s, largest first. */
    static String format(Map<String, Double> groups) {
        StringBuilder sb = new StringBuilder();
        groups.entrySet().stream()
                .filter(e -> e.getValue() >= 0.1)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> sb.append(sb.isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.1f", e.getKey(), e.getValue())));
        return sb.toString();
    }

    private Map<String, Long> totals() {
        Map<String, Long> out = new HashMap<>();
        for (Sample s : seen.values()) out.merge(s.group(), s.nanos(), Long::sum);
        return out;
    }

    private synchronized void sampleAll() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"), StandardCharsets.US_ASCII);
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String name = stat.substring(open + 1, close);
                    String[] f = stat.substring(close + 2).split(" ");
                    // fields after the name: state(0) … utime(11) stime(12)
                    long nanos = (Long.parseLong(f[11]) + Long.parseLong(f[12])) * TICK_NANOS;
                    seen.put(task.getFileName().toString() + ":" + name, new Sample(group(name), nanos));
                } catch (IOException | RuntimeException e) {
                    // The thread ended between the listing and the read.
                }
            }
        } catch (IOException e) {
            // No /proc: nothing to report.
        }
    }

    /** Thread names as the kernel keeps them (15 characters), numbers dropped: "GC Thread#1" → "GC Thread". */
    private static String group(String name) {
        String g = name.replaceAll("[#\\-]?\\d+$", "");
        if (g.startsWith("C2 Compiler") || g.startsWith("C1 Compiler")) return "JIT";
        if (g.startsWith("GC Thread") || g.startsWith("G1 ") || g.startsWith("VM Thread")) return "GC+VM";
        if (g.startsWith("Lucene Merge")) return "merges";
        if (g.startsWith("chancery-index")) return "index";
        if (g.startsWith("chancery-parse")) return "parse";
        if (g.startsWith("pool-")) return "floor";
        return g;
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
