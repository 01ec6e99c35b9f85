package org.chancery.archive.declass;

import org.chancery.archive.Archive;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

/**
 * Runs the declassification of an archive as of a date with small batches and frequent index commits, so that a
 * kill lands at any stage: between the audit records and the store, between the store and the index, inside an
 * index commit. Run by {@link DeclassifyCrashTest} in a process of its own.
 */
public final class DeclassifyCrashMain {

    public static void main(String[] args) {
        try (Archive archive = Archive.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            new Declassifier(archive, "crash-test", Clock.systemUTC(), 20, Duration.ofMillis(100))
                    .run(LocalDate.parse(args[1]), new Declassifier.Progress() {
                        @Override
                        public void progress(long done, long total) {
                            // One line per batch: the test kills after a random number of them.
                            System.out.println("declassified " + done);
                            System.out.flush();
                        }
                    });
        }
        System.out.println("done");
    }
}
