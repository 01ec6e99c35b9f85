package org.chancery.archive.audit;

import org.chancery.archive.audit.AuditFinding.Kind;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoreException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {

    @TempDir
    Path dir;

    @BeforeEach
    void migrate() {
        SqliteCableStore.open(dir).close();
    }

    private SqliteAuditLog withRecords(int n) {
        SqliteAuditLog log = SqliteAuditLog.open(dir);
        for (int i = 1; i <= n; i++) {
            log.append(new AuditEvent(Instant.parse("2026-03-0" + (1 + i % 9) + "T10:00:00Z").plusMillis(i),
                    i % 2 == 0 ? "alice" : "bob", i % 3 == 0 ? "search" : "read", "09PRAGUE" + i, i % 4 != 0,
                    i % 4 != 0 ? "ALLOWED" : "LEVEL"));
        }
        return log;
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCableStore.FILE_NAME));
             Statement s = c.createStatement()) {
            for (String st : statements) s.execute(st);
        }
    }

    private static List<Kind> kinds(AuditVerification v) {
        return v.findings().stream().map(AuditFinding::kind).toList();
    }

    @Test
    void aCleanChainVerifies() {
        try (SqliteAuditLog log = withRecords(10)) {
            AuditVerification v = log.verify();
            assertThat(v.findings()).isEmpty();
            assertThat(v.records()).isEqualTo(11); // genesis + 10
            assertThat(v.headSeq()).isEqualTo(10);
            assertThat(v.headHash()).isEqualTo(log.head().hash());
            assertThat(log.verify(log.head()).intact()).isTrue();
        }
    }

    @Test
    void appendAllWritesOneRecordPerEventInOrderAndChained() {
        try (SqliteAuditLog log = withRecords(3)) {
            List<AuditEvent> events = new ArrayList<>();
            // more than one group's worth (1,000 per transaction)
            for (int i = 0; i < 2_500; i++) {
                events.add(new AuditEvent(Instant.parse("2026-03-01T10:00:00Z"), "job", "declassify", "09PRAGUE" + i,
                        true, "version 1"));
            }
            List<Long> seqs = log.appendAll(events);
            assertThat(seqs).hasSize(2_500);
            for (int i = 0; i < seqs.size(); i++) assertThat(seqs.get(i)).isEqualTo(4L + i);
            List<AuditRecord> records = log.query(new AuditQuery("job", null, null, null, null));
            assertThat(records).extracting(AuditRecord::target).startsWith("09PRAGUE0", "09PRAGUE1", "09PRAGUE2")
                    .endsWith("09PRAGUE2499").hasSize(2_500);
            assertThat(log.verify().intact()).isTrue();
            assertThat(log.head().seq()).isEqualTo(2_503);
        }
    }

    @Test
    void aGroupThatFailsLeavesTheCheckpointAndTheNextAppendChainsOn() throws Exception {
        try (SqliteAuditLog log = withRecords(3)) {
            SqliteAuditLog.Head before = log.head();
            sql("CREATE TRIGGER refuse BEFORE INSERT ON audit_log WHEN NEW.target = 'REFUSED' "
                    + "BEGIN SELECT RAISE(ABORT, 'refused'); END");
            Instant at = Instant.parse("2026-03-01T10:00:00Z");
            // one transaction for the three: the first record and the checkpoint are rolled back with the second
            assertThatThrownBy(() -> log.appendAll(List.of(new AuditEvent(at, "alice", "read", "A", true, "ALLOWED"),
                    new AuditEvent(at, "alice", "read", "REFUSED", true, "ALLOWED"),
                    new AuditEvent(at, "alice", "read", "B", true, "ALLOWED"))))
                    .isInstanceOf(StoreException.class).hasMessageContaining("refused");
            assertThat(log.head()).isEqualTo(before);
            assertThat(log.size()).isEqualTo(4);
            // the same connection and statements go on: the next group chains onto the checkpoint
            assertThat(log.appendAll(List.of(new AuditEvent(at, "bob", "read", "C", true, "ALLOWED"),
                    new AuditEvent(at, "bob", "read", "D", true, "ALLOWED")))).containsExactly(4L, 5L);
            assertThat(log.head().seq()).isEqualTo(5);
            AuditVerification v = log.verify();
            assertThat(v.findings()).isEmpty();
            assertThat(v.headHash()).isEqualTo(log.head().hash());
            assertThat(log.query(AuditQuery.ALL)).extracting(AuditRecord::target).endsWith("09PRAGUE3", "C", "D");
        }
    }

    @Test
    void genesisIsWrittenOnceAndChainsFromZeros() {
        SqliteAuditLog.open(dir).close();
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            List<AuditRecord> all = log.query(AuditQuery.ALL);
            assertThat(all).hasSize(1);
            assertThat(all.get(0).seq()).isZero();
            assertThat(all.get(0).action()).isEqualTo("genesis");
            assertThat(all.get(0).prevHash()).isEqualTo("0".repeat(64));
            assertThat(log.append(new AuditEvent(Instant.now(), "alice", "read", "X", true, "ALLOWED"))).isEqualTo(1);
        }
    }

    /** The serialisation documented in AuditHash and docs/security.md, computed here independently. */
    @Test
    void theHashIsSha256OfTheDocumentedNetstrings() throws Exception {
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            log.append(new AuditEvent(Instant.parse("2026-01-02T03:04:05.678912Z"), "jdoe", "read", "09PRAGUE589",
                    true, "ALLOWED, as it should: yes\nnew line"));
            AuditRecord genesis = log.query(AuditQuery.ALL).get(0);
            AuditRecord r = log.query(AuditQuery.ALL).get(1);
            assertThat(r.at()).isEqualTo("2026-01-02T03:04:05.678Z");
            String text = "16:chancery-audit/1,1:1,24:2026-01-02T03:04:05.678Z,4:jdoe,4:read,11:09PRAGUE589,4:true,"
                    + "35:ALLOWED, as it should: yes\nnew line,64:" + genesis.hash() + ",";
            String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
            assertThat(r.prevHash()).isEqualTo(genesis.hash());
            assertThat(r.hash()).isEqualTo(expected);
        }
    }

    @Test
    void anEditedFieldIsLocated() throws Exception {
        withRecords(10).close();
        sql("UPDATE audit_log SET user = 'mallory' WHERE seq = 5");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            AuditVerification v = log.verify();
            assertThat(v.findings()).singleElement().satisfies(f -> {
                assertThat(f.seq()).isEqualTo(5);
                assertThat(f.kind()).isEqualTo(Kind.EDITED);
            });
        }
    }

    @Test
    void anEditedDecisionOfTheLastRecordIsLocated() throws Exception {
        withRecords(10).close();
        sql("UPDATE audit_log SET allowed = 1 - allowed WHERE seq = 10");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(log.verify().findings()).extracting(AuditFinding::seq, AuditFinding::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(10L, Kind.EDITED));
        }
    }

    @Test
    void aDeletedRecordIsLocated() throws Exception {
        withRecords(10).close();
        sql("DELETE FROM audit_log WHERE seq = 5");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            AuditVerification v = log.verify();
            assertThat(v.findings()).singleElement().satisfies(f -> {
                assertThat(f.seq()).isEqualTo(5);
                assertThat(f.kind()).isEqualTo(Kind.MISSING);
                assertThat(f.message()).contains("record 5 is missing");
            });
        }
    }

    @Test
    void aDeletedGenesisIsLocated() throws Exception {
        withRecords(3).close();
        sql("DELETE FROM audit_log WHERE seq = 0");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(kinds(log.verify())).containsExactly(Kind.GENESIS);
        }
    }

    @Test
    void twoSwappedRecordsAreLocated() throws Exception {
        withRecords(10).close();
        // swap every column but seq between records 4 and 5
        sql("UPDATE audit_log SET seq = -4 WHERE seq = 4", "UPDATE audit_log SET seq = 4 WHERE seq = 5",
                "UPDATE audit_log SET seq = 5 WHERE seq = -4");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            AuditVerification v = log.verify();
            assertThat(v.findings()).isNotEmpty();
            assertThat(v.findings()).allSatisfy(f -> assertThat(f.kind()).isEqualTo(Kind.REORDERED));
            assertThat(v.findings()).extracting(AuditFinding::seq).contains(4L, 5L);
            assertThat(v.findings()).extracting(AuditFinding::seq).allSatisfy(s -> assertThat(s).isBetween(4L, 6L));
        }
    }

    @Test
    void aTruncatedTailIsLocatedByTheCheckpoint() throws Exception {
        withRecords(10).close();
        sql("DELETE FROM audit_log WHERE seq > 7");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            AuditVerification v = log.verify();
            assertThat(v.findings()).singleElement().satisfies(f -> {
                assertThat(f.seq()).isEqualTo(8);
                assertThat(f.kind()).isEqualTo(Kind.TRUNCATED);
                assertThat(f.message()).contains("records 8 to 10 are missing at the tail");
            });
        }
    }

    /** The limit, tested: a cut that also rewrites the checkpoint is seen only against a head kept elsewhere. */
    @Test
    void aTruncationThatRewritesTheCheckpointIsSeenOnlyAgainstAnExternalHead() throws Exception {
        SqliteAuditLog.Head recorded;
        try (SqliteAuditLog log = withRecords(10)) {
            recorded = log.head();
        }
        sql("DELETE FROM audit_log WHERE seq > 7",
                "UPDATE audit_checkpoint SET seq = 7, hash = (SELECT hash FROM audit_log WHERE seq = 7)");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(log.verify().intact()).isTrue();
            AuditVerification v = log.verify(SqliteAuditLog.Head.parse(recorded.toString()));
            assertThat(v.findings()).singleElement().satisfies(f -> {
                assertThat(f.seq()).isEqualTo(8);
                assertThat(f.kind()).isEqualTo(Kind.TRUNCATED);
            });
        }
    }

    @Test
    void aChangedHashIsLocated() throws Exception {
        withRecords(10).close();
        sql("UPDATE audit_log SET hash = '" + "ab".repeat(32) + "' WHERE seq = 6");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(log.verify().findings()).extracting(AuditFinding::seq, AuditFinding::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(6L, Kind.HASH_ALTERED));
        }
    }

    @Test
    void aRewrittenChainIsSeenAgainstAnExternalHead() throws Exception {
        SqliteAuditLog.Head recorded;
        try (SqliteAuditLog log = withRecords(5)) {
            recorded = log.head();
        }
        // rewrite record 3 and re-hash everything after it, checkpoint included: internally consistent
        sql("UPDATE audit_log SET user = 'mallory' WHERE seq = 3");
        rehashFrom(3);
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(log.verify().intact()).isTrue();
            assertThat(kinds(log.verify(recorded))).containsExactly(Kind.HEAD);
        }
    }

    private void rehashFrom(long from) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(SqliteCableStore.FILE_NAME))) {
            List<AuditRecord> records = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, at, user, action, target, allowed, reason, "
                    + "prev_hash, hash FROM audit_log ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    records.add(new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getInt(6) != 0, rs.getString(7), rs.getString(8), rs.getString(9)));
                }
            }
            String prev = null;
            for (AuditRecord r : records) {
                if (r.seq() < from) {
                    prev = r.hash();
                    continue;
                }
                String hash = AuditHash.of(r.seq(), r.at(), r.user(), r.action(), r.target(), r.allowed(), r.reason(), prev);
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE seq = ?")) {
                    ps.setString(1, prev);
                    ps.setString(2, hash);
                    ps.setLong(3, r.seq());
                    ps.executeUpdate();
                }
                try (PreparedStatement ps = c.prepareStatement("UPDATE audit_checkpoint SET seq = ?, hash = ?")) {
                    ps.setLong(1, r.seq());
                    ps.setString(2, hash);
                    ps.executeUpdate();
                }
                prev = hash;
            }
        }
    }

    @Test
    void appendsAfterATruncationLeaveTheCutVisible() throws Exception {
        withRecords(10).close();
        sql("DELETE FROM audit_log WHERE seq > 7");
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            assertThat(log.append(new AuditEvent(Instant.now(), "alice", "read", "X", true, "ALLOWED"))).isEqualTo(11);
            assertThat(log.verify().findings()).extracting(AuditFinding::seq, AuditFinding::kind)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(8L, Kind.MISSING));
        }
    }

    @Test
    void concurrentAppendsFromTwoConnectionsKeepTheChainValid() throws Exception {
        int threads = 6;
        int each = 40;
        try (SqliteAuditLog a = SqliteAuditLog.open(dir); SqliteAuditLog b = SqliteAuditLog.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                SqliteAuditLog log = t % 2 == 0 ? a : b;
                String user = "user" + t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) log.append(new AuditEvent(Instant.now(), user, "read", "C" + i, true, "ALLOWED"));
                }));
            }
            for (Future<?> f : futures) f.get();
            pool.shutdown();
            AuditVerification v = a.verify();
            assertThat(v.findings()).isEmpty();
            assertThat(v.records()).isEqualTo(1 + threads * each);
            assertThat(v.headSeq()).isEqualTo(threads * each);
            assertThat(b.query(new AuditQuery("user3", null, null, null, null))).hasSize(each);
        }
    }

    @Test
    void appendsOfManyThreadsCommittedTogetherEachGetTheirOwnRecord() throws Exception {
        int threads = 24;
        int each = 30;
        try (SqliteAuditLog log = SqliteAuditLog.open(dir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<List<Long>>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String user = "user" + t;
                futures.add(pool.submit(() -> {
                    List<Long> seqs = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        seqs.add(log.append(new AuditEvent(Instant.now(), user, "read", "C" + i, true, "ALLOWED")));
                    }
                    return seqs;
                }));
            }
            java.util.Set<Long> all = new java.util.TreeSet<>();
            for (int t = 0; t < threads; t++) {
                List<Long> seqs = futures.get(t).get();
                assertThat(seqs).isSorted().doesNotHaveDuplicates();
                // the seq each append returned is the seq of its own record, on disk when append returned
                for (int i = 0; i < each; i++) {
                    AuditRecord r = log.query(new AuditQuery("user" + t, null, null, null, "C" + i)).getFirst();
                    assertThat(r.seq()).isEqualTo(seqs.get(i));
                }
                all.addAll(seqs);
            }
            pool.shutdown();
            assertThat(all).hasSize(threads * each).first().isEqualTo(1L);
            assertThat(all).last().isEqualTo((long) threads * each);
            AuditVerification v = log.verify();
            assertThat(v.findings()).isEmpty();
            assertThat(v.headSeq()).isEqualTo(threads * each);
        }
    }

    @Test
    void queriesSelectByUserDatesActionAndTarget() {
        try (SqliteAuditLog log = withRecords(12)) {
            assertThat(log.query(new AuditQuery("alice", null, null, null, null)))
                    .hasSize(6).allSatisfy(r -> assertThat(r.user()).isEqualTo("alice"));
            assertThat(log.query(new AuditQuery(null, null, null, "search", null))).extracting(AuditRecord::seq)
                    .containsExactly(3L, 6L, 9L, 12L);
            assertThat(log.query(new AuditQuery(null, null, null, null, "09PRAGUE7"))).extracting(AuditRecord::seq)
                    .containsExactly(7L);
            // records i are on 2026-03-0(1 + i % 9): 3 and 12 fall on the 4th
            assertThat(log.query(new AuditQuery(null, LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 4), null, null)))
                    .extracting(AuditRecord::seq).containsExactly(3L, 12L);
            assertThat(log.query(new AuditQuery("bob", LocalDate.of(2026, 3, 8), null, "read", null)))
                    .extracting(AuditRecord::seq).containsExactly(7L);
        }
    }
}
