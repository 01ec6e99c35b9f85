package org.chancery.bench;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.SwitchSystem;
import org.chancery.switching.Transmission;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.delivery.Frame;
import org.chancery.switching.delivery.Link;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.delivery.SwitchConfig;
import org.chancery.switching.delivery.SwitchEvent;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The switch's figures, in one run on one disk:
 * <ol>
 *   <li>the disk's fsync rate (small write + {@code FileChannel.force} in a loop): the ceiling for a store that
 *       syncs each message alone;</li>
 *   <li>durable throughput: producers accept messages concurrently (each accept returns once stored and
 *       fsynced) while the switch forwards and files them; messages per second from the first accept to the last
 *       delivery, with the number of commits (fsyncs) it took;</li>
 *   <li>FLASH latency: 100,000 ROUTINE messages queued for one destination, then the switch starts draining them
 *       and FLASH messages are accepted one at a time for that destination; time from the accept call to the
 *       copy being filed in the inbox, p50 / p99 / max.</li>
 *   <li>Sends: {@code --sends} (default 100) drafts saved, submitted and released one after the other through
 *       {@code SwitchSystem} (workflow, audit log, archive, switch), each until its copies are filed; sends per
 *       second, the durable steps of the whole system.</li>
 * </ol>
 * Usage: {@code SwitchBench [--dir DIR] [--messages N] [--producers N] [--backlog N] [--flashes N] [--batch N]
 * [--sends N]}
 */
public final class SwitchBench {

    private static final String[] DESTINATIONS = {"RUEHC", "RUEHBS", "RUEHPG", "RUEHRO"};

    public static void main(String[] args) throws Exception {
        Path base = Path.of(System.getProperty("java.io.tmpdir"));
        int messages = 50_000;
        int producers = 32;
        int backlog = 100_000;
        int flashes = 200;
        int batch = SwitchConfig.defaults().batchSize();
        int sends = 100;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> base = Path.of(args[++i]);
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--producers" -> producers = Integer.parseInt(args[++i]);
                case "--backlog" -> backlog = Integer.parseInt(args[++i]);
                case "--flashes" -> flashes = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--sends" -> sends = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path dir = Files.createTempDirectory(base, "switch-bench");
        try {
            System.out.printf(Locale.ROOT, "Switch benchmark in %s (%d cores), send batches of %d%n", dir,
                    Runtime.getRuntime().availableProcessors(), batch);
            fsyncRate(dir);
            if (messages > 0) throughput(dir.resolve("throughput"), messages, producers, batch);
            flashLatency(dir.resolve("latency"), backlog, flashes, batch);
            if (sends > 0) sends(dir.resolve("sends"), sends);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** A cable of the seed's kind that needs no clearer: saved and submitted by its drafter, released by another. */
    private static DraftContent sendable() {
        return new DraftContent("RUEHPG", "pol-officer", List.of(), "CONFIDENTIAL", null,
                List.of(Addressee.of("RUEHC")), List.of(Addressee.of("RUEHZL")), List.of(), List.of("SIPDIS"),
                List.of(), null, null, List.of("PREL", "EZ"), "(C) A BENCHMARK OF THE WHOLE SWITCH", List.of(),
                "Charge Jane Doe for reasons 1.4 (b) and (d)",
                List.of("(C) A paragraph written for the benchmark of sends.", "(U) A second paragraph."), "Doe");
    }

    private static void sends(Path dir, int n) throws Exception {
        try (SwitchSystem system = SwitchSystem.open(dir)) {
            system.start();
            DraftContent draft = sendable();
            system.workflow().send(draft, "charge"); // warm-up
            system.awaitDelivery(java.time.Duration.ofMinutes(1));
            long start = System.nanoTime();
            for (int i = 0; i < n; i++) {
                system.workflow().send(draft, "charge");
                system.awaitDelivery(java.time.Duration.ofMinutes(1));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "sends: %d drafts saved, submitted, released, archived and delivered (to the"
                    + " Department and the European political collective) one after the other in %.1f s = %.1f sends/s (%.0f ms each)%n", n,
                    seconds, n / seconds, seconds * 1000 / n);
        }
    }

    private static void fsyncRate(Path dir) throws IOException {
        Path file = dir.resolve("fsync.tmp");
        ByteBuffer block = ByteBuffer.allocate(512);
        int n = 0;
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(3);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            while (System.nanoTime() < end) {
                block.clear();
                ch.write(block, (long) (n % 64) * 512);
                ch.force(false);
                n++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Files.delete(file);
        System.out.printf(Locale.ROOT, "fsync: %d write+force in %.1f s = %.0f fsyncs/s (%.2f ms each)%n", n, seconds,
                n / seconds, seconds * 1000 / n);
    }

    private static void throughput(Path dir, int messages, int producers, int batch) throws Exception {
        try (Switch sw = Switch.open(dir, SwitchConfig.defaults().withBatchSize(batch))) {
            CountDownLatch delivered = new CountDownLatch(messages);
            sw.addListener(e -> {
                if (e instanceof SwitchEvent.Delivered) delivered.countDown();
            });
            sw.start();
            List<Transmission> all = new ArrayList<>(messages);
            for (int i = 0; i < messages; i++) {
                all.add(message("T" + i, Precedence.ROUTINE, DESTINATIONS[i % DESTINATIONS.length]));
            }
            long cpu0 = cpuNanos();
            long commits0 = sw.commits();
            ExecutorService pool = Executors.newFixedThreadPool(producers);
            AtomicLong next = new AtomicLong();
            long start = System.nanoTime();
            for (int p = 0; p < producers; p++) {
                pool.execute(() -> {
                    for (long i = next.getAndIncrement(); i < messages; i = next.getAndIncrement()) {
                        sw.accept(all.get((int) i));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.HOURS);
            long accepted = System.nanoTime();
            delivered.await();
            long done = System.nanoTime();
            double acceptS = (accepted - start) / 1e9;
            double totalS = (done - start) / 1e9;
            long commits = sw.commits() - commits0;
            System.out.printf(Locale.ROOT, "throughput: %d messages, %d producers: accepted in %.2f s (%.0f/s), "
                            + "all delivered in %.2f s = %.0f messages/s accept-to-delivery%n",
                    messages, producers, acceptS, messages / acceptS, totalS, messages / totalS);
            System.out.printf(Locale.ROOT, "  %d commits (fsyncs) for %d accepts and the delivery batches: %.1f "
                            + "jobs per commit; process CPU %.1f s%n", commits, messages,
                    (double) sw.committedJobs() / Math.max(1, sw.commits()), (cpuNanos() - cpu0) / 1e9);
        }
    }

    /**
     * Where a FLASH's time goes, from timestamps the bench takes itself (no hooks in the switch): the accept call;
     * the frame handed to the link (inside the writer's job that numbers and files it); the Accepted event (on the
     * writer thread, right after the commit that stored it); the accept's return (the caller woken); the Delivered
     * event (after the commit that filed it). A FLASH sent and filed in the accept's own commit reaches the link
     * before the Accepted event; one that waited for the urgent lane's next job, after it.
     */
    private static final class FlashStages {
        final Map<String, Long> accepted = new ConcurrentHashMap<>();
        final Map<String, Long> sent = new ConcurrentHashMap<>();
        final Map<String, Long> filed = new ConcurrentHashMap<>();
        final Map<String, CountDownLatch> waiting = new ConcurrentHashMap<>();

        Link link() {
            return frames -> {
                long now = System.nanoTime();
                for (Frame f : frames) {
                    String id = f.transmission().transmissionId();
                    if (id.startsWith("F")) sent.putIfAbsent(id, now);
                }
                return frames;
            };
        }

        void on(SwitchEvent e) {
            if (e instanceof SwitchEvent.Accepted a && a.transmissionId().startsWith("F")) {
                accepted.put(a.transmissionId(), System.nanoTime());
            } else if (e instanceof SwitchEvent.Delivered d && d.entry().transmissionId().startsWith("F")) {
                filed.put(d.entry().transmissionId(), System.nanoTime());
                waiting.get(d.entry().transmissionId()).countDown();
            }
        }
    }

    private static void flashLatency(Path dir, int backlog, int flashes, int batch) throws Exception {
        String destination = "RUEHC";
        FlashStages stages = new FlashStages();
        try (Switch sw = Switch.open(dir, SwitchConfig.defaults().withBatchSize(batch).withLink(stages.link()))) {
            List<Transmission> chunk = new ArrayList<>(1000);
            for (int i = 0; i < backlog; i++) {
                chunk.add(message("R" + i, Precedence.ROUTINE, destination));
                if (chunk.size() == 1000) {
                    sw.accept(chunk);
                    chunk.clear();
                }
            }
            if (!chunk.isEmpty()) sw.accept(chunk);
            sw.addListener(stages::on);
            AtomicLong routineFiled = new AtomicLong();
            sw.addListener(e -> {
                if (e instanceof SwitchEvent.Delivered d && d.entry().transmissionId().startsWith("R")) {
                    routineFiled.incrementAndGet();
                }
            });
            sw.start();
            Thread.sleep(500); // the forwarder is draining the backlog at full speed
            String load = loadAverage();
            long cpu0 = cpuNanos();
            long wall0 = System.nanoTime();
            long routine0 = routineFiled.get();
            long commits0 = sw.commits();
            long gc0 = gcMillis();
            long[] total = new long[flashes];
            long[][] stage = new long[3][flashes];
            int oneCommit = 0;
            for (int i = 0; i < flashes; i++) {
                String id = "F" + i;
                Transmission t = message(id, Precedence.FLASH, destination);
                CountDownLatch filed = new CountDownLatch(1);
                stages.waiting.put(id, filed);
                long t0 = System.nanoTime();
                sw.accept(t);
                long returned = System.nanoTime();
                filed.await(); // blocking, not spinning: on 2 cores a spinning thread would slow the switch
                long accepted = stages.accepted.get(id);
                long sent = stages.sent.get(id);
                long done = stages.filed.get(id);
                if (sent < accepted) oneCommit++;
                total[i] = done - t0;
                stage[0][i] = sent - t0;
                stage[1][i] = done - sent;
                stage[2][i] = returned - accepted;
                Thread.sleep(20);
            }
            double wall = (System.nanoTime() - wall0) / 1e9;
            double cpu = (cpuNanos() - cpu0) / 1e9;
            long routine = routineFiled.get() - routine0;
            long commits = sw.commits() - commits0;
            long gc = gcMillis() - gc0;
            long stillQueued = sw.queueStatus().stream().filter(s -> s.precedence() == Precedence.ROUTINE)
                    .mapToLong(s -> s.depth()).sum();
            long[] sorted = total.clone();
            Arrays.sort(sorted);
            System.out.printf(Locale.ROOT, "FLASH latency behind %d ROUTINE (release to filing, %d FLASH): "
                            + "p50 %.1f ms, p99 %.1f ms, max %.1f ms; ROUTINE still queued at the end: %d%n",
                    backlog, flashes, percentile(sorted, 0.5), percentile(sorted, 0.99), sorted[flashes - 1] / 1e6,
                    stillQueued);
            System.out.printf(Locale.ROOT, "  while measuring: load %s; %.1f s, process CPU %.1f s (%.2f cores); "
                            + "%d ROUTINE filed (%.0f/s); %d commits; GC %d ms%n", load, wall, cpu, cpu / wall,
                    routine, routine / wall, commits, gc);
            System.out.printf(Locale.ROOT, "  %d of %d FLASH sent and filed in the commit that stored them%n",
                    oneCommit, flashes);
            String[] names = {"accept call to the link", "link to filed (committed)", "accept commit to its return"};
            for (int s = 0; s < names.length; s++) {
                long[] v = stage[s].clone();
                Arrays.sort(v);
                System.out.printf(Locale.ROOT, "  %-28s p50 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", names[s],
                        percentile(v, 0.5), percentile(v, 0.99), v[flashes - 1] / 1e6);
            }
            // The slowest FLASH, stage by stage: what the tail is made of.
            int[] order = java.util.stream.IntStream.range(0, flashes).boxed()
                    .sorted(Comparator.comparingLong(i -> -total[i])).mapToInt(Integer::intValue).toArray();
            StringBuilder slow = new StringBuilder("  slowest, ms (total = to the link + to filed):");
            for (int k = 0; k < Math.min(5, flashes); k++) {
                int i = order[k];
                slow.append(String.format(Locale.ROOT, " %.0f = %.0f + %.0f;", total[i] / 1e6,
                        stage[0][i] / 1e6, stage[1][i] / 1e6));
            }
            System.out.println(slow);
        }
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[(int) Math.ceil(sorted.length * p) - 1] / 1e6;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) sum += Math.max(0, gc.getCollectionTime());
        return sum;
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    static Transmission message(String id, Precedence precedence, String destination) {
        String p = String.valueOf(precedence.prosign());
        String text = "VZCZCXRO0001\n" + p + p + " " + destination + "\nDE RUEHPG #0001 2751444\nZNY CCCCC ZZH\n"
                + p + " 021444Z OCT 09\nFM AMEMBASSY PRAGUE\nTO " + destination + "/STATION " + destination + " "
                + "0001\nBT\nC O N F I D E N T I A L PRAGUE 000001\n\nSIPDIS\n\nE.O. 12958: DECL: 10/01/2019\n"
                + "TAGS: PREL EZ\nSUBJECT: BENCHMARK MESSAGE " + id + "\n\nClassified By: Charge A. Example for "
                + "reasons 1.4 (d).\n\n1. (C) " + "A fictional paragraph of ordinary length for a cable. ".repeat(12)
                + "\n\n2. (U) " + "A second fictional paragraph. ".repeat(10) + "\nEXAMPLE\n";
        return new Transmission(id, "09PRAGUE" + id, 1, precedence, Level.CONFIDENTIAL, destination,
                List.of(new Address(destination, "STATION " + destination, precedence == Precedence.ROUTINE ? null
                        : precedence, null)), text, Instant.now());
    }
}
