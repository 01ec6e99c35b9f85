package org.chancery.bench;

import org.chancery.archive.Archive;
import org.chancery.archive.declass.DeclassificationSummary;
import org.chancery.archive.declass.Declassifier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The daily declassification over a copy of an archive: copies the store's database (never touching the
 * original), opens it (schema migration, and an index built afresh by the current code: an archive's index may
 * predate the current index schema), runs {@code Declassifier.run} as of a date — reading every E.O. line, then
 * declassifying what is due — and runs it again for the same day (nothing to do). Prints wall and process CPU
 * time of each phase; see bench/README.md.
 *
 * <p>Arguments: SOURCE_STORE WORK_DIR [AS_OF (default 2026-11-29)].
 */
public final class DeclassifyBench {

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        Path store = Path.of(args[1]).resolve("store");
        LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2026-11-29");
        copy(source, store);

        System.out.println("load average before the run: " + SearchBench.loadAverage());
        long t0 = System.nanoTime();
        long c0 = IngestBench.cpuNanos();
        try (Archive archive = Archive.open(store)) {
            long t1 = System.nanoTime();
            long c1 = IngestBench.cpuNanos();
            System.out.printf(Locale.ROOT, "open (migration, index built): %.1f s, CPU %.1f s%n", (t1 - t0) / 1e9,
                    (c1 - c0) / 1e9);

            long[] started = new long[2];
            DeclassificationSummary s = new Declassifier(archive, "bench").run(asOf, new Declassifier.Progress() {
                @Override
                public void started(long total) {
                    started[0] = System.nanoTime();
                    started[1] = IngestBench.cpuNanos();
                }
            });
            long t2 = System.nanoTime();
            long c2 = IngestBench.cpuNanos();
            int n = s.declassified().size();
            System.out.printf(Locale.ROOT, "schedule: %,d cable versions read in %.1f s, CPU %.1f s%n", s.scheduled(),
                    (started[0] - t1) / 1e9, (started[1] - c1) / 1e9);
            double wall = (t2 - started[0]) / 1e9;
            double cpu = (c2 - started[1]) / 1e9;
            System.out.printf(Locale.ROOT, "declassify: %,d cables in %.1f s (%,.0f cables/s), CPU %.1f s "
                    + "(%,.0f cables per CPU-second); %,d queued for review%n", n, wall, n / wall, cpu, n / cpu,
                    s.queued().size());
            System.out.println("load average after the run: " + SearchBench.loadAverage());

            DeclassificationSummary again = new Declassifier(archive, "bench").run(asOf);
            long t3 = System.nanoTime();
            System.out.printf(Locale.ROOT, "again, same day: %d declassified, %d queued, %.1f s%n",
                    again.declassified().size(), again.queued().size(), (t3 - t2) / 1e9);
            if (!again.declassified().isEmpty() || !again.queued().isEmpty()) {
                throw new IllegalStateException("the second run for the same day changed something");
            }
            System.out.printf(Locale.ROOT, "index mark %d, store's last seq %d%n", archive.index().committedSeq(),
                    archive.store().lastSeq());
        }
    }

    /** Copies the store's database (not its index); the work copy is replaced. */
    private static void copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> walk = Files.walk(to)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(p -> !p.startsWith(from.resolve(Archive.INDEX_FOLDER))).toList();
        }
        for (Path p : files) {
            Path target = to.resolve(from.relativize(p).toString());
            if (Files.isDirectory(p)) Files.createDirectories(target);
            else Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }
}
