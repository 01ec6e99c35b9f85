package org.chancery.archive.audit;

import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.SqliteTransactions;
import org.chancery.archive.store.StatementCache;
import org.chancery.archive.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * The audit log in the store of record ({@code audit_log} and {@code audit_checkpoint} of {@code chancery.db}),
 * chained by hash ({@link AuditHash}).
 *
 * <p>Appends are serialised twice over: in this process by a lock, across processes sharing the file by
 * SQLite's write lock, taken ({@code BEGIN IMMEDIATE}) before the head is read, so that two appenders can never
 * chain onto the same record. Appends are committed in groups: an append joins a queue, and whichever appender
 * holds the lock writes every queued record, in queue order, in one transaction with {@code synchronous=FULL}
 * (one fsync for all of them, instead of one each: the server appends a record for every read and search). Each
 * {@link #append} still returns only when its own record is on disk, and throws when the transaction that held
 * it failed; nothing is written behind the caller's back. The checkpoint (head seq and hash) is rewritten in the
 * same transaction, once per group.
 *
 * <p>A new record chains onto the checkpoint, not onto whatever record is last: if the tail was cut off, the
 * next records continue from the recorded head, and the cut shows as missing records instead of being papered
 * over.
 */
public final class SqliteAuditLog implements AuditLog, AutoCloseable {

    /** Who writes the genesis record. */
    public static final String SYSTEM = "chancery";

    private final Connection connection;
    /**
     * The statements of an append, prepared once for the life of the connection (a server appends a record for
     * every read and search; preparing them for each record cost more than running them). Used under the monitor.
     */
    private final StatementCache statements;
    private final SqliteTransactions tx;
    private final Clock clock;

    private SqliteAuditLog(Connection connection, Clock clock) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
        this.tx = new SqliteTransactions(connection, "the audit log", "append to");
        this.clock = clock;
    }

    /**
     * Opens the log of the store in {@code dir}, whose schema {@link SqliteCableStore#open} has brought up to
     * date, and writes the genesis record when the log is new.
     */
    public static SqliteAuditLog open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    public static SqliteAuditLog open(Path dir, Clock clock) {
        try {
            SqliteAuditLog log = new SqliteAuditLog(SqliteCableStore.dataSource(dir).getConnection(), clock);
            try {
                log.genesis();
            } catch (RuntimeException e) {
                log.close();
                throw e;
            }
            return log;
        } catch (SQLException e) {
            throw new StoreException("cannot open the audit log in " + dir + ": " + e.getMessage(), e);
        }
    }

    private synchronized void genesis() {
        tx.write(() -> {
            if (head() == null && count("SELECT count(*) FROM audit_log") == 0) {
                insert(0, new AuditEvent(clock.instant(), SYSTEM, "genesis", "audit log", true,
                        "start of the chain"), AuditHash.GENESIS_PREV);
            }
            return null;
        });
    }

    /** At most this many records in one transaction. */
    private static final int MAX_GROUP = 1000;

    /** An append waiting for its group's commit; its fields are written and read under {@link #committer}. */
    private static final class Pending {
        final AuditEvent event;
        boolean done;
        long seq;
        Throwable failure;

        Pending(AuditEvent event) {
            this.event = event;
        }
    }

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    /** Held by the appender that commits the queue; never taken while holding the monitor (see {@link #queryRecorded}). */
    private final ReentrantLock committer = new ReentrantLock();

    @Override
    public long append(AuditEvent event) {
        return appendAll(List.of(event)).get(0);
    }

    @Override
    public List<Long> appendAll(List<AuditEvent> events) {
        if (events.isEmpty()) return List.of();
        List<Pending> mine = new ArrayList<>(events.size());
        for (AuditEvent event : events) {
            if (event.user() == null || event.user().isBlank()) throw new IllegalArgumentException("an audit event needs a user");
            if (event.action() == null || event.action().isBlank()) throw new IllegalArgumentException("an audit event needs an action");
            mine.add(new Pending(event));
        }
        queue.addAll(mine);
        Pending last = mine.get(mine.size() - 1);
        // Appenders wait for each other on a lock that parks them (a contended monitor spins first, and hundreds of
        // request threads spinning would take the CPU from the one committing); the connection's monitor is taken
        // inside it, briefly, by the one that commits.
        committer.lock();
        try {
            // While another appender committed, this one waited: its records may be written already. The queue
            // is committed in order, so when the last of them is done, all are.
            while (!last.done) {
                synchronized (this) {
                    commitQueued();
                }
            }
        } finally {
            committer.unlock();
        }
        List<Long> seqs = new ArrayList<>(mine.size());
        for (Pending p : mine) {
            if (p.failure != null) {
                // a new exception, with this caller's stack, for each appender of the failed group
                throw new StoreException(p.failure.getMessage(), p.failure);
            }
            seqs.add(p.seq);
        }
        return seqs;
    }

    /** Writes the queued appends (up to {@link #MAX_GROUP}) in one transaction and marks them done. */
    private void commitQueued() {
        List<Pending> group = new ArrayList<>();
        for (Pending p; group.size() < MAX_GROUP && (p = queue.poll()) != null; ) group.add(p);
        if (group.isEmpty()) return;
        try {
            long[] seqs = tx.write(() -> {
                Head head = head();
                if (head == null) head = lastRecord();
                long[] out = new long[group.size()];
                for (int i = 0; i < group.size(); i++) {
                    // Everything deleted, checkpoint included: start again; verify reports the missing genesis.
                    head = head == null ? record(0, group.get(i).event, AuditHash.GENESIS_PREV)
                            : record(head.seq() + 1, group.get(i).event, head.hash());
                    out[i] = head.seq();
                }
                // the checkpoint moves once per group, in the group's transaction: to its last record
                checkpoint(head);
                return out;
            });
            for (int i = 0; i < group.size(); i++) group.get(i).seq = seqs[i];
        } catch (RuntimeException | Error e) {
            for (Pending p : group) p.failure = e;
        } finally {
            for (Pending p : group) p.done = true; // never leave an appender waiting for a group that is over
        }
    }

    /** Inserts a record chained onto {@code prev} and moves the checkpoint to it; returns the new head. */
    private Head insert(long seq, AuditEvent e, String prev) throws SQLException {
        Head head = record(seq, e, prev);
        checkpoint(head);
        return head;
    }

    /**
     * Inserts a record chained onto {@code prev}, without moving the checkpoint (the caller does, in the same
     * transaction); returns the new head.
     */
    private Head record(long seq, AuditEvent e, String prev) throws SQLException {
        String at = AuditHash.at(e.at() == null ? clock.instant() : e.at());
        String target = e.target() == null ? "" : e.target();
        String reason = e.reason() == null ? "" : e.reason();
        String hash = AuditHash.of(seq, at, e.user(), e.action(), target, e.allowed(), reason, prev);
        PreparedStatement ps = statements.get(INSERT_RECORD);
        ps.setLong(1, seq);
        ps.setString(2, at);
        ps.setString(3, e.user());
        ps.setString(4, e.action());
        ps.setString(5, target);
        ps.setInt(6, e.allowed() ? 1 : 0);
        ps.setString(7, reason);
        ps.setString(8, prev);
        ps.setString(9, hash);
        ps.executeUpdate();
        return new Head(seq, hash);
    }

    /** Moves the checkpoint to {@code head}. */
    private void checkpoint(Head head) throws SQLException {
        PreparedStatement ps = statements.get(UPSERT_CHECKPOINT);
        ps.setLong(1, head.seq());
        ps.setString(2, head.hash());
        ps.executeUpdate();
    }

    private static final String SELECT_HEAD = "SELECT seq, hash FROM audit_checkpoint WHERE id = 1";
    private static final String INSERT_RECORD = "INSERT INTO audit_log (seq, at, user, action, target, allowed, "
            + "reason, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPSERT_CHECKPOINT = "INSERT INTO audit_checkpoint (id, seq, hash) VALUES (1, ?, ?) "
            + "ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash";


    /** The head of the chain as the checkpoint records it, or null when there is no checkpoint. */
    public synchronized Head head() {
        return tx.read(() -> {
            try (ResultSet rs = statements.get(SELECT_HEAD).executeQuery()) {
                return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
            }
        });
    }

    private Head lastRecord() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : null;
        }
    }

    /** The head of the chain: the last seq and its hash. */
    public record Head(long seq, String hash) {
        /** {@code SEQ:HASH}, the form {@code --expect-head} reads. */
        @Override
        public String toString() {
            return seq + ":" + hash;
        }

        public static Head parse(String text) {
            int colon = text == null ? -1 : text.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("a head is SEQ:HASH, not '" + text + "'");
            try {
                String hash = text.substring(colon + 1).strip().toLowerCase(Locale.ROOT);
                if (!hash.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("a head hash is 64 hex digits");
                return new Head(Long.parseLong(text.substring(0, colon).strip()), hash);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a head is SEQ:HASH, not '" + text + "'");
            }
        }
    }

    /** The records the query selects, in log order. */
    public synchronized List<AuditRecord> query(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT seq, at, user, action, target, allowed, reason, prev_hash, hash "
                + "FROM audit_log WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        if (q.user() != null) {
            sql.append(" AND user = ?");
            args.add(q.user());
        }
        if (q.action() != null) {
            sql.append(" AND action = ?");
            args.add(q.action());
        }
        if (q.target() != null) {
            sql.append(" AND target = ?");
            args.add(q.target());
        }
        // 'at' is fixed-width ISO text, so day bounds compare as strings
        if (q.since() != null) {
            sql.append(" AND at >= ?");
            args.add(q.since() + "T00:00:00.000Z");
        }
        if (q.until() != null) {
            sql.append(" AND at < ?");
            args.add(q.until().plusDays(1) + "T00:00:00.000Z");
        }
        sql.append(" ORDER BY seq");
        return tx.read(() -> {
            List<AuditRecord> out = new ArrayList<>();
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) ps.setString(i + 1, args.get(i));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) out.add(record(rs));
                }
            }
            return out;
        });
    }

    /** Walks the whole chain; see {@link AuditVerifier}. */
    public AuditVerification verify() {
        return verify(null);
    }

    /**
     * The records {@code q} selects, oldest first; the query itself is then recorded ({@code audit-query}) as made by
     * {@code user} at {@code at}. The command line and the server both query the log this way.
     */
    public List<AuditRecord> queryRecorded(AuditQuery q, String user, Instant at) {
        // not synchronized: append takes the committer's lock, which must never wait behind the monitor's holder
        List<AuditRecord> records = query(q);
        append(new AuditEvent(at, user, "audit-query", q.describe(), true, records.size() + " records"));
        return records;
    }

    /** Walks the whole chain and checks it also holds {@code expected}, a head recorded elsewhere earlier. */
    public synchronized AuditVerification verify(Head expected) {
        return tx.read(() -> {
            // One read transaction: a consistent snapshot of log and checkpoint while appenders go on.
            tx.execute("BEGIN");
            try {
                AuditVerifier verifier = new AuditVerifier(this::seqOfHash, head(), expected);
                try (PreparedStatement ps = connection.prepareStatement("SELECT seq, at, user, action, target, "
                        + "allowed, reason, prev_hash, hash FROM audit_log ORDER BY seq");
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) verifier.accept(record(rs));
                }
                return verifier.finish();
            } finally {
                tx.execute("COMMIT");
            }
        });
    }

    /** Streams every record in log order (for tools that want to check the chain themselves). */
    public synchronized void forEach(Consumer<AuditRecord> consumer) {
        tx.read(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT seq, at, user, action, target, allowed, "
                    + "reason, prev_hash, hash FROM audit_log ORDER BY seq"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) consumer.accept(record(rs));
            }
            return null;
        });
    }

    /** The seq of the (first) record stored with this hash, or -1: to tell a moved record from a broken link. */
    private long seqOfHash(String hash) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT seq FROM audit_log WHERE hash = ? ORDER BY seq LIMIT 1")) {
            ps.setString(1, hash);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : -1;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + e.getMessage(), e);
        }
    }

    private static AuditRecord record(ResultSet rs) throws SQLException {
        return new AuditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getInt(6) != 0, rs.getString(7), rs.getString(8), rs.getString(9));
    }

    /** Records in the log, genesis included. */
    public synchronized long size() {
        return tx.read(() -> count("SELECT count(*) FROM audit_log"));
    }

    /** Today, by this log's clock (UTC): the default end of a query. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    private long count(String sql) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public synchronized void close() {
        try {
            statements.close();
        } catch (SQLException ignored) {
            // the connection closes next, and with it whatever is left
        }
        tx.close();
    }
}
