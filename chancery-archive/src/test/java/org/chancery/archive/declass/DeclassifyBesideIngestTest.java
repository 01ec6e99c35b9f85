package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.declass.DeclassFixtures.cable;
import static org.chancery.archive.declass.DeclassFixtures.id;

/**
 * A declassification run beside an ingest in one archive (the server's switch releases cables while the daily
 * job runs): corrections of the cables being declassified arrive meanwhile, classified and not due. Whatever the
 * interleaving, search then agrees with the store: an UNCLASSIFIED reader finds exactly the cables whose current
 * version is declassified (never a correction under its predecessor's declassification), and the index's mark
 * reaches the store's last change.
 */
class DeclassifyBesideIngestTest {

    private static final int CABLES = 300;

    @TempDir
    Path dir;

    @Test
    void searchAgreesWithTheStoreWhateverTheInterleaving() throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        for (int mrn = 1; mrn <= CABLES; mrn++) {
            Files.writeString(first.resolve(id(mrn, 2009) + ".txt"), cable(mrn, 2009, "CONFIDENTIAL",
                    "E.O. 12958: DECL: 10/02/2019", "(C) TALKS", "(C) Item " + mrn + "."), StandardCharsets.UTF_8);
        }
        Path store = dir.resolve("store");
        try (Archive archive = Archive.open(store)) {
            archive.ingest(List.of(first), IngestOptions.defaults(), IngestListener.NONE);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<?> run = pool.submit(() -> new Declassifier(archive, "job", Clock.systemUTC(), 5,
                        Duration.ofMillis(20)).run(LocalDate.parse("2026-11-29")));
                Future<?> corrections = pool.submit(() -> {
                    // corrections of every third cable, a few at a time, while the run goes on
                    for (int from = 1; from <= CABLES; from += 30) {
                        Path in = Files.createDirectories(dir.resolve("corrections-" + from));
                        for (int mrn = from; mrn < from + 30; mrn += 3) {
                            Files.writeString(in.resolve(id(mrn, 2009) + ".txt"), cable(mrn, 2009, "SECRET",
                                    "E.O. 12958: DECL: 10/02/2034", "(S) TALKS", "(S) Item " + mrn + ", corrected."),
                                    StandardCharsets.UTF_8);
                        }
                        archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
                    }
                    return null;
                });
                run.get();
                corrections.get();
            } finally {
                pool.shutdown();
            }
        }
        try (Archive archive = Archive.open(store)) {
            assertThat(archive.index().committedSeq()).isEqualTo(archive.store().lastSeq());
            List<String> ids = new ArrayList<>();
            for (int mrn = 1; mrn <= CABLES; mrn++) ids.add(id(mrn, 2009));
            Set<String> declassified = archive.declassifications().declassifications(ids).keySet();
            assertThat(declassified).isNotEmpty();
            Set<String> found = new HashSet<>();
            new SecureArchive(archive, Policy.DOCUMENT).export(Viewer.as(Principal.reader("u", Level.UNCLASSIFIED)),
                    SearchRequest.of("*"), c -> found.add(c.id()));
            assertThat(found).isEqualTo(declassified);
        }
    }
}
