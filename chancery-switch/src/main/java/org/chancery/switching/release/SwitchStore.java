package org.chancery.switching.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.cable.Diagnostic;
import org.chancery.switching.draft.Clearance;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.archive.store.QuietFlywayLog;
import org.flywaydb.core.Flyway;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The release half of the switch's store: drafts, clearances and the numbering counters in
 * {@code DIR/switch.db} (SQLite, WAL, synchronous FULL: a committed release survives a crash). Its schema is
 * migrated by Flyway from {@code db/switch-release} with its own history table, so that the queue half can keep
 * its own tables and migrations in the same file. One connection, used by one thread at a time. (The workflow's
 * audit trail is the archive's audit log, in {@code chancery.db}: see {@code AuditLogSink}.)
 */
public final class SwitchStore implements AutoCloseable {

    /** The switch's database file in the store folder. */
    public static final String FILE_NAME = "switch.db";

    static final ObjectMapper JSON = new ObjectMapper()
            .findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private final Connection connection;

    private SwitchStore(Connection connection) {
        this.connection = connection;
    }

    /** Opens (creating when missing) the store in {@code dir}. */
    public static SwitchStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.enforceForeignKeys(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + dir.resolve(FILE_NAME).toAbsolutePath());
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/switch-release")
                    .table("flyway_release_history")
                    // the queue half may have created its tables first: start this history from nothing
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .loggers(QuietFlywayLog.class.getName())
                    .load()
                    .migrate();
            return new SwitchStore(ds.getConnection());
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the switch store in " + dir + ": " + e.getMessage(), e);
        }
    }

    Connection connection() {
        return connection;
    }

    // --- drafts -----------------------------------------------------------------------------------------------

    synchronized long insertDraft(DraftContent content, List<Diagnostic> findings, Instant now) {
        String sql = "INSERT INTO draft_cable (state, revision, originator, drafter, content, findings, created_at,"
                + " updated_at) VALUES (?, 1, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, DraftState.DRAFT.name());
            ps.setString(2, content.originator());
            ps.setString(3, content.drafter());
            ps.setString(4, json(content));
            ps.setString(5, json(findings));
            ps.setString(6, now.toString());
            ps.setString(7, now.toString());
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("save a new draft", e);
        }
    }

    /** Replaces the content of a draft in DRAFT state, as a new revision. */
    synchronized void updateDraft(long id, DraftContent content, List<Diagnostic> findings, Instant now) {
        update("edit draft " + id, "UPDATE draft_cable SET content = ?, findings = ?, originator = ?,"
                        + " revision = revision + 1, updated_at = ? WHERE id = ?",
                json(content), json(findings), content.originator(), now.toString(), id);
    }

    synchronized void setState(long id, DraftState state, Instant now) {
        update("change the state of draft " + id, "UPDATE draft_cable SET state = ?, updated_at = ? WHERE id = ?",
                state.name(), now.toString(), id);
    }

    synchronized void setFindings(long id, List<Diagnostic> findings) {
        update("save the findings of draft " + id, "UPDATE draft_cable SET findings = ? WHERE id = ?",
                json(findings), id);
    }

    synchronized void addClearance(long id, Clearance c) {
        update("record a clearance of draft " + id, "INSERT INTO draft_clearance (draft_id, revision, clearer,"
                        + " cleared, comment, at) VALUES (?, ?, ?, ?, ?, ?)",
                id, c.revision(), c.clearer(), c.cleared() ? 1 : 0, c.comment(), c.at().toString());
    }

    /** The ids of every draft, newest first (drafts are numbered 1, 2, … and never deleted). */
    public synchronized List<Long> draftIds() {
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM draft_cable ORDER BY id DESC");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getLong(1));
        } catch (SQLException e) {
            throw failure("list drafts", e);
        }
        return out;
    }

    /** A draft by id. */
    public synchronized Optional<Draft> draft(long id) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT id, state, revision, content, findings,"
                + " cable_id, created_at, updated_at FROM draft_cable WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new Draft(rs.getLong(1), DraftState.valueOf(rs.getString(2)), rs.getInt(3),
                        JSON.readValue(rs.getString(4), DraftContent.class),
                        JSON.readValue(rs.getString(5), new TypeReference<List<Diagnostic>>() { }),
                        clearances(id), rs.getString(6), Instant.parse(rs.getString(7)),
                        Instant.parse(rs.getString(8))));
            }
        } catch (SQLException | JsonProcessingException e) {
            throw failure("read draft " + id, e);
        }
    }

    private List<Clearance> clearances(long id) throws SQLException {
        List<Clearance> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT clearer, revision, cleared, comment, at"
                + " FROM draft_clearance WHERE draft_id = ? ORDER BY rowid")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Clearance(rs.getString(1), rs.getInt(2), rs.getInt(3) == 1, rs.getString(4),
                            Instant.parse(rs.getString(5))));
                }
            }
        }
        return out;
    }

    // --- numbering --------------------------------------------------------------------------------------------

    /**
     * Continues a post's MRNs from the system it used before: its next release in {@code year} is numbered
     * {@code lastMrn + 1}. A counter is only ever raised (lowering it would give a number twice).
     */
    public void continueMrn(String post, int year, int lastMrn) {
        raise("numbering_mrn", "post", "year", post, year, lastMrn);
    }

    /** Continues the MCNs from an originating station to an addressee: the next one is {@code last + 1}. */
    public void continueMcn(String origin, String addressee, int last) {
        raise("numbering_mcn", "origin", "addressee", origin, addressee, last);
    }

    private void raise(String table, String k1, String k2, Object v1, Object v2, int last) {
        inTransaction("continue " + table, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT last FROM " + table + " WHERE " + k1 + " = ? AND "
                    + k2 + " = ?")) {
                bind(ps, v1, v2);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && rs.getLong(1) > last) {
                        throw new IllegalArgumentException(table + " of " + v1 + " " + v2 + " is already at "
                                + rs.getLong(1) + ": a counter is never lowered");
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (" + k1 + ", " + k2
                    + ", last) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET last = excluded.last")) {
                bind(ps, v1, v2, last);
                return ps.executeUpdate();
            }
        });
    }

    // --- plumbing ---------------------------------------------------------------------------------------------

    /** Work done in one write transaction, taken with the write lock first (BEGIN IMMEDIATE). */
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** How deep the current thread is in {@link #inTransaction} (guarded by the monitor). */
    private int depth;

    /**
     * Runs {@code work} in one write transaction. Re-entrant: work already inside a transaction joins it, so that a
     * workflow step and the store writes it makes commit together (one fsync).
     */
    synchronized <T> T inTransaction(String what, Work<T> work) {
        if (depth > 0) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
        try {
            try (Statement s = connection.createStatement()) {
                s.execute("BEGIN IMMEDIATE");
            }
            T result;
            depth++;
            try {
                result = work.run(connection);
            } catch (RuntimeException | SQLException e) {
                depth--;
                try (Statement s = connection.createStatement()) {
                    s.execute("ROLLBACK");
                }
                throw e;
            }
            depth--;
            try (Statement s = connection.createStatement()) {
                s.execute("COMMIT");
            }
            return result;
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private void update(String what, String sql, Object... args) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(ps, args);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
    }

    static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static StoreException failure(String what, Exception e) {
        return new StoreException("cannot " + what + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close the switch store", e);
        }
    }
}
