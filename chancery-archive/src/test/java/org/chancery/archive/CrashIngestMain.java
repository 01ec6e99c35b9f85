package org.chancery.archive;

import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Ingests a folder into an archive with small batches and frequent index commits, so that a kill lands at any
 * stage: between store transactions, between index puts, inside an index commit. Run by {@link CrashTest} in a
 * process of its own.
 */
public final class CrashIngestMain {

    public static void main(String[] args) throws Exception {
        try (Archive archive = Archive.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            archive.ingest(List.of(Path.of(args[1])),
                    new IngestOptions(2, 100, Duration.ofMillis(150)), new IngestListener() {
                        @Override
                        public void progress(long done, long total) {
                            // One line per stored batch: the test kills after a random number of them.
                            System.out.println("stored " + done);
                            System.out.flush();
                        }
                    });
        }
        System.out.println("done");
    }
}
