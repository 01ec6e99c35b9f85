package org.chancery.archive.store;

import org.chancery.archive.Fixtures;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.ReferenceKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteCableStoreTest {

    @TempDir
    Path dir;

    static NewVersion version(String text, String path) {
        ParsedCable parsed = Cables.read(text, "fixture");
        CableFacts facts = CableFacts.of(parsed);
        return NewVersion.of(facts.id(), parsed, facts, Fixtures.bytes(text), Provenance.file(path));
    }

    static String prague(int mrn, List<String> refs, String... paragraphs) {
        return Fixtures.cable("PRAGUE", mrn, 2009, 10, 2, refs, "CZECH VIEWS ON ROADS", paragraphs);
    }

    @Test
    void migrationsCreateTheSchemaOnceAndRecordIt() throws Exception {
        SqliteCableStore.open(dir).close();
        SqliteCableStore.open(dir).close(); // a second open finds the schema current
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCableStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT version, success FROM flyway_schema_history WHERE version IS NOT NULL "
                             + "ORDER BY installed_rank")) {
            // every migration applied once, in order, successfully (V1 store of record, V2 principals,
            // V3 audit log and declassification)
            List<Integer> versions = new java.util.ArrayList<>();
            while (rs.next()) {
                versions.add(Integer.parseInt(rs.getString(1)));
                assertThat(rs.getBoolean(2)).isTrue();
            }
            assertThat(versions).startsWith(1, 2, 3).isSorted().doesNotHaveDuplicates();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCableStore.FILE_NAME));
             ResultSet rs = c.createStatement().executeQuery("PRAGMA journal_mode")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
        }
    }

    @Test
    void storesNewVersionsAndNothingTwice() {
        String v1 = prague(589, List.of(), "The minister spoke.");
        String v2 = prague(589, List.of(), "The minister spoke at length.");
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            List<WriteOutcome> first = store.write(List.of(version(v1, "a.txt"), version(prague(590, List.of(),
                    "Other."), "b.txt")));
            assertThat(first).extracting(WriteOutcome::kind)
                    .containsExactly(WriteOutcome.Kind.NEW, WriteOutcome.Kind.NEW);
            assertThat(first).extracting(WriteOutcome::seq).containsExactly(1L, 2L);

            List<WriteOutcome> again = store.write(List.of(version(v1, "c.txt"), version(v2, "d.txt"),
                    version(v2, "e.txt")));
            assertThat(again).extracting(WriteOutcome::kind).containsExactly(WriteOutcome.Kind.UNCHANGED,
                    WriteOutcome.Kind.UPDATED, WriteOutcome.Kind.UNCHANGED);
            assertThat(again.get(1).version()).isEqualTo(2);
            assertThat(again.get(1).seq()).isEqualTo(3L);
            assertThat(again.get(2).seq()).isEqualTo(3L);

            assertThat(store.cableCount()).isEqualTo(2);
            assertThat(store.versionCount()).isEqualTo(3);
            assertThat(store.lastSeq()).isEqualTo(3);

            StoredVersion current = store.current("09PRAGUE589").orElseThrow();
            assertThat(current.info().version()).isEqualTo(2);
            assertThat(current.parse().text()).isEqualTo(v2);
            assertThat(current.source()).isEqualTo(Fixtures.bytes(v2));
            assertThat(current.info().provenance()).isEqualTo(Provenance.file("d.txt"));
            assertThat(current.info().listing().classification()).isEqualTo(Level.CONFIDENTIAL);
            assertThat(current.info().listing().origin()).isEqualTo("Embassy Prague");
            assertThat(current.info().listing().tags()).containsExactly("PREL", "PGOV", "EZ");
            assertThat(current.info().listing().subject()).isEqualTo("CZECH VIEWS ON ROADS");
            assertThat(current.info().listing().dtg()).hasToString("2009-10-02T12:00:00Z");
            assertThat(current.info().sha256Hex()).hasSize(64);

            assertThat(store.version("09PRAGUE589", 1).orElseThrow().parse().text()).isEqualTo(v1);
            assertThat(store.version("09PRAGUE589", 3)).isEmpty();
            assertThat(store.current("09PRAGUE1")).isEmpty();
            assertThat(store.versions("09PRAGUE589")).extracting(VersionInfo::version).containsExactly(1, 2);
            assertThat(store.versions("nope")).isEmpty();
        }
        // Everything survives a reopen.
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            assertThat(store.lastSeq()).isEqualTo(3);
            assertThat(store.current("09PRAGUE589").orElseThrow().info().version()).isEqualTo(2);
        }
    }

    @Test
    void keepsReferencesPerVersionAndAnswersCitedByFromCurrentVersions() {
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            store.write(List.of(
                    version(prague(500, List.of()), "500.txt"),
                    version(prague(589, List.of("PRAGUE 500", "STATE 12345"), "Text."), "589.txt"),
                    version(prague(600, List.of("PRAGUE 589"), "Text."), "600.txt")));
            long seq589 = store.current("09PRAGUE589").orElseThrow().info().seq();
            // (The reader currently also yields the "REF:" label itself as an item of kind OTHER: skip non-cables.)
            List<StoredReference> refs = store.references(seq589).stream().filter(r -> r.citedId() != null).toList();
            assertThat(refs).extracting(StoredReference::citedId).containsExactly("09PRAGUE500", "09STATE12345");
            assertThat(refs).extracting(StoredReference::letter).containsExactly("A", "B");
            assertThat(refs).extracting(StoredReference::kind).containsOnly(ReferenceKind.CABLE);
            assertThat(store.citedBy("09PRAGUE500")).extracting(StoredReference::citingId).containsExactly("09PRAGUE589");
            assertThat(store.present(List.of("09PRAGUE500", "09STATE12345"))).isEqualTo(Set.of("09PRAGUE500"));

            // A new version of 589 that no longer cites 500: "cited by" follows the current version.
            store.write(List.of(version(prague(589, List.of("STATE 12345"), "Changed."), "589b.txt")));
            assertThat(store.citedBy("09PRAGUE500")).isEmpty();
            assertThat(store.references(seq589)).extracting(StoredReference::citedId).contains("09PRAGUE500"); // the old version keeps its own
        }
    }

    @Test
    void listsCurrentVersionsAfterASeqInSeqOrder() {
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            store.write(List.of(version(prague(1, List.of(), "a"), "1"), version(prague(2, List.of(), "a"), "2"),
                    version(prague(3, List.of(), "a"), "3")));
            store.write(List.of(version(prague(1, List.of(), "b"), "1b")));
            assertThat(store.currentAfter(0, 100)).extracting(v -> v.info().seq()).containsExactly(2L, 3L, 4L);
            assertThat(store.currentAfter(2, 100)).extracting(v -> v.info().id())
                    .containsExactly("09PRAGUE3", "09PRAGUE1");
            assertThat(store.currentAfter(0, 2)).hasSize(2);
            assertThat(store.currentAfter(4, 100)).isEmpty();
        }
    }

    @Test
    void aFailedBatchStoresNothing() {
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            NewVersion good = version(prague(1, List.of(), "a"), "1");
            NewVersion broken = new NewVersion(null, good.format(), good.name(), good.source(), good.textSha256(),
                    good.listing(), List.of(), List.of(), good.provenance());
            try {
                store.write(List.of(good, broken));
            } catch (StoreException expected) {
                // the NOT NULL id
            }
            assertThat(store.lastSeq()).isZero();
            assertThat(store.cableCount()).isZero();
            assertThat(store.write(List.of(good))).extracting(WriteOutcome::seq).containsExactly(1L);
        }
    }

    @Test
    void readsRunOnManyThreadsAtOnceAndSeeEveryCommittedWrite() throws Exception {
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            int threads = ReadPool.DEFAULT_SIZE * 3;
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
            try {
                List<java.util.concurrent.Future<Integer>> tasks = new java.util.ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int mrn = 100 + t;
                    tasks.add(pool.submit(() -> {
                        int found = 0;
                        for (int i = 0; i < 5; i++) {
                            // a read issued right after the caller's write sees it
                            store.write(List.of(version(prague(mrn, List.of(), "Text " + i + "."), mrn + "-" + i)));
                            StoredVersion v = store.current("09PRAGUE" + mrn).orElseThrow();
                            assertThat(v.parse().text()).contains("Text " + i + ".");
                            assertThat(store.versions("09PRAGUE" + mrn)).hasSize(i + 1);
                            found += store.present(List.of("09PRAGUE" + mrn, "09PRAGUE1")).size();
                        }
                        return found;
                    }));
                }
                for (var f : tasks) assertThat(f.get()).isEqualTo(5);
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.cableCount()).isEqualTo(threads);
            assertThat(store.versionCount()).isEqualTo(threads * 5L);
        }
    }

    @Test
    void readsDoNotWaitForAnotherProcessHoldingTheWriteLock() throws Exception {
        try (SqliteCableStore store = SqliteCableStore.open(dir)) {
            store.write(List.of(version(prague(1, List.of(), "a"), "1")));
            try (var other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCableStore.FILE_NAME))) {
                other.createStatement().execute("BEGIN IMMEDIATE");
                other.createStatement().execute("DELETE FROM cable_reference"); // uncommitted, and invisible
                assertThat(store.current("09PRAGUE1")).isPresent();
                assertThat(store.cableCount()).isEqualTo(1);
                other.createStatement().execute("ROLLBACK");
            }
        }
    }

    @Test
    void aClosedStoreRefusesReads() {
        SqliteCableStore store = SqliteCableStore.open(dir);
        store.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.current("09PRAGUE1"))
                .isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }
}
