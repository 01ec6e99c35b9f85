package org.chancery.archive.store;

import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The store of record in one SQLite file ({@code chancery.db}), schema managed by Flyway.
 *
 * <p>Journal in WAL mode, so readers never block the writer. {@code synchronous=FULL}: every commit is on disk
 * before the index may record its seq as done. With NORMAL a power cut could lose the last committed batches
 * while the index (which syncs at its own commits) already claims them, and later versions would then reuse
 * those seqs and be skipped by replay; FULL costs one fsync per batch of about a thousand cables.
 *
 * <p>Writes go through one connection, used by one thread at a time ({@link #write} is synchronized): the ingest
 * pipeline has a single writer by design, and SQLite has a single writer anyway. Reads go through a small pool of
 * query-only connections ({@link ReadPool}), so that the server's readers do not wait for each other or for a
 * write: in WAL mode readers run beside the writer. A read sees every write committed before it started, and
 * {@link #write} commits before it returns, so a caller reads what it has just written.
 */
public final class SqliteCableStore implements CableStore {

    public static final String FILE_NAME = "chancery.db";

    private static final String VERSION_COLUMNS = "v.seq, v.cable_id, v.version, v.format, v.name, v.text_sha256, "
            + "v.dtg, v.classification, v.caveats, v.origin, v.precedence, v.tags, v.subject, v.source_path, "
            + "v.archive_entry, v.ingested_at";

    /** The writer's connection: {@link #write} only (and {@link #close}). */
    private final Connection connection;
    private final ReadPool readers;
    private final Path dir;

    private SqliteCableStore(Connection connection, ReadPool readers, Path dir) {
        this.connection = connection;
        this.readers = readers;
        this.dir = dir;
    }

    /** The folder the store file is in (the audit log and the declassification tables open it too). */
    public Path dir() {
        return dir;
    }

    /** Opens (creating when missing) the store in {@code dir/chancery.db} and brings its schema up to date. */
    public static SqliteCableStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        SQLiteDataSource dataSource = dataSource(dir);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .loggers(QuietFlywayLog.class.getName())
                    .load()
                    .migrate();
            Connection writer = dataSource.getConnection();
            try {
                try (var st = writer.createStatement()) {
                    // Checkpoint the write-ahead log after ~64 MB rather than SQLite's 4 MB: a batch of a thousand
                    // cables writes about 4 MB, so the default copied the index pages every batch rewrites back into
                    // the database at every batch; now once per ~16 batches. (Per connection: the writer's only.)
                    st.execute("PRAGMA wal_autocheckpoint = 16384");
                }
                return new SqliteCableStore(writer, new ReadPool(dataSource, ReadPool.DEFAULT_SIZE), dir);
            } catch (SQLException e) {
                writer.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * The store file with the store's settings (WAL, synchronous FULL, busy timeout): the other tables of the
     * store of record (audit log, declassification, users and settings) open their own connections through it,
     * after {@link #open} has migrated the schema.
     */
    public static SQLiteDataSource dataSource(Path dir) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_768); // 32 MiB of page cache
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + dir.resolve(FILE_NAME).toAbsolutePath());
        return dataSource;
    }

    @Override
    public synchronized List<WriteOutcome> write(List<NewVersion> versions) {
        List<WriteOutcome> outcomes = new ArrayList<>(versions.size());
        if (versions.isEmpty()) return outcomes;
        String ingestedAt = Instant.now().toString();
        try (PreparedStatement sameText = connection.prepareStatement(
                     "SELECT version, seq FROM cable_version WHERE cable_id = ? AND text_sha256 = ? LIMIT 1");
             PreparedStatement currentOf = connection.prepareStatement(
                     "SELECT current_version FROM cable WHERE id = ?");
             PreparedStatement insertVersion = connection.prepareStatement(
                     "INSERT INTO cable_version (seq, cable_id, version, format, name, source, text_sha256, dtg, "
                             + "classification, caveats, origin, precedence, tags, subject, diagnostics, "
                             + "source_path, archive_entry, ingested_at) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement upsertCable = connection.prepareStatement(
                     "INSERT INTO cable (id, current_version, current_seq) VALUES (?, ?, ?) ON CONFLICT (id) "
                             + "DO UPDATE SET current_version = excluded.current_version, "
                             + "current_seq = excluded.current_seq");
             PreparedStatement insertReference = connection.prepareStatement(
                     "INSERT INTO cable_reference (seq, ordinal, citing_id, letter, kind, cited_id, text) "
                             + "VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            // Take the write lock first, so that max(seq) cannot move under us (another process may share the file).
            execute("BEGIN IMMEDIATE");
            long seq = lastSeqInTransaction();
            for (NewVersion v : versions) {
                int version = 1;
                currentOf.setString(1, v.id());
                try (ResultSet rs = currentOf.executeQuery()) {
                    if (rs.next()) version = rs.getInt(1) + 1;
                }
                if (version > 1) {
                    // A known cable: is this text one of its versions already? (A new one has none to compare.)
                    sameText.setString(1, v.id());
                    sameText.setBytes(2, v.textSha256());
                    try (ResultSet rs = sameText.executeQuery()) {
                        if (rs.next()) {
                            outcomes.add(new WriteOutcome(WriteOutcome.Kind.UNCHANGED, v.id(), rs.getInt(1),
                                    rs.getLong(2)));
                            continue;
                        }
                    }
                }
                seq++;
                bindVersion(insertVersion, seq, version, v, ingestedAt);
                insertVersion.executeUpdate();
                upsertCable.setString(1, v.id());
                upsertCable.setInt(2, version);
                upsertCable.setLong(3, seq);
                upsertCable.executeUpdate();
                List<Reference> references = v.references();
                for (int i = 0; i < references.size(); i++) {
                    Reference r = references.get(i);
                    insertReference.setLong(1, seq);
                    insertReference.setInt(2, i);
                    insertReference.setString(3, v.id());
                    insertReference.setString(4, r.letter());
                    insertReference.setString(5, (r.kind() == null ? ReferenceKind.OTHER : r.kind()).name());
                    insertReference.setString(6, r.id());
                    insertReference.setString(7, r.text());
                    insertReference.addBatch();
                }
                if (!references.isEmpty()) insertReference.executeBatch();
                outcomes.add(new WriteOutcome(version == 1 ? WriteOutcome.Kind.NEW : WriteOutcome.Kind.UPDATED,
                        v.id(), version, seq));
            }
            execute("COMMIT");
            return outcomes;
        } catch (SQLException | RuntimeException e) {
            rollback();
            throw e instanceof RuntimeException re ? re : new StoreException("cannot store the batch: " + e.getMessage(), e);
        }
    }

    private static void bindVersion(PreparedStatement ps, long seq, int version, NewVersion v, String ingestedAt)
            throws SQLException {
        Listing l = v.listing();
        ps.setLong(1, seq);
        ps.setString(2, v.id());
        ps.setInt(3, version);
        ps.setString(4, v.format().name());
        ps.setString(5, v.name());
        ps.setBytes(6, v.source());
        ps.setBytes(7, v.textSha256());
        ps.setString(8, l.dtg() == null ? null : l.dtg().toString());
        ps.setString(9, l.classification() == null ? null : l.classification().name());
        ps.setString(10, String.join(" ", l.caveats()));
        ps.setString(11, l.origin());
        ps.setString(12, l.precedence() == null ? null : l.precedence().name());
        ps.setString(13, String.join(" ", l.tags()));
        ps.setString(14, l.subject());
        ps.setString(15, Json.diagnostics(v.diagnostics()));
        ps.setString(16, v.provenance() == null ? null : v.provenance().path());
        ps.setString(17, v.provenance() == null ? null : v.provenance().entry());
        ps.setString(18, ingestedAt);
    }

    /**
     * The last number of the change sequence, which versions share with declassifications (a declassification
     * changes how its cable is indexed: V5): a seq is never given to two changes.
     */
    public static final String LAST_SEQ = "SELECT max(coalesce((SELECT max(seq) FROM cable_version), 0), "
            + "coalesce((SELECT max(seq) FROM declassification), 0))";

    private long lastSeqInTransaction() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(LAST_SEQ);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Override
    public Optional<StoredVersion> current(String id) {
        return one("SELECT " + VERSION_COLUMNS + ", v.source FROM cable c JOIN cable_version v "
                + "ON v.seq = c.current_seq WHERE c.id = ?", id, null);
    }

    @Override
    public Optional<StoredVersion> version(String id, int version) {
        return one("SELECT " + VERSION_COLUMNS + ", v.source FROM cable_version v WHERE v.cable_id = ? "
                + "AND v.version = ?", id, version);
    }

    private Optional<StoredVersion> one(String sql, String id, Integer version) {
        return read(c -> {
            PreparedStatement ps = c.statement(sql);
            ps.setString(1, id);
            if (version != null) ps.setInt(2, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StoredVersion(info(rs), rs.getBytes(17))) : Optional.empty();
            }
        });
    }

    @Override
    public List<VersionInfo> versions(String id) {
        return read(c -> {
            PreparedStatement ps = c.statement(
                    "SELECT " + VERSION_COLUMNS + " FROM cable_version v WHERE v.cable_id = ? ORDER BY v.version");
            ps.setString(1, id);
            List<VersionInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(info(rs));
            }
            return out;
        });
    }

    @Override
    public List<StoredReference> references(long seq) {
        return read(c -> {
            PreparedStatement ps = c.statement(
                    "SELECT citing_id, ordinal, letter, kind, cited_id, text FROM cable_reference WHERE seq = ? "
                            + "ORDER BY ordinal");
            ps.setLong(1, seq);
            return references(ps);
        });
    }

    @Override
    public List<StoredReference> citedBy(String id) {
        return read(c -> {
            PreparedStatement ps = c.statement(
                    "SELECT r.citing_id, r.ordinal, r.letter, r.kind, r.cited_id, r.text FROM cable_reference r "
                            + "JOIN cable c ON c.current_seq = r.seq WHERE r.cited_id = ? AND r.citing_id <> ? "
                            + "ORDER BY r.citing_id, r.ordinal");
            ps.setString(1, id);
            ps.setString(2, id);
            return references(ps);
        });
    }

    private static List<StoredReference> references(PreparedStatement ps) throws SQLException {
        List<StoredReference> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StoredReference(rs.getString(1), rs.getInt(2), rs.getString(3),
                        ReferenceKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6)));
            }
        }
        return out;
    }

    @Override
    public Set<String> present(Collection<String> ids) {
        return read(c -> {
            Set<String> out = new HashSet<>();
            PreparedStatement ps = c.statement("SELECT 1 FROM cable WHERE id = ?");
            for (String id : ids) {
                if (id == null) continue;
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) out.add(id);
                }
            }
            return out;
        });
    }

    @Override
    public List<StoredVersion> currentAfter(long afterSeq, int limit) {
        return read(c -> {
            PreparedStatement ps = c.statement(
                    "SELECT " + VERSION_COLUMNS + ", v.source FROM cable_version v JOIN cable c "
                            + "ON c.id = v.cable_id AND c.current_seq = v.seq WHERE v.seq > ? ORDER BY v.seq LIMIT ?");
            ps.setLong(1, afterSeq);
            ps.setInt(2, limit);
            List<StoredVersion> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new StoredVersion(info(rs), rs.getBytes(17)));
            }
            return out;
        });
    }

    @Override
    public long lastSeq() {
        return count(LAST_SEQ);
    }

    @Override
    public long cableCount() {
        return count("SELECT count(*) FROM cable");
    }

    @Override
    public long versionCount() {
        return count("SELECT count(*) FROM cable_version");
    }

    private long count(String sql) {
        return read(c -> {
            try (ResultSet rs = c.statement(sql).executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static VersionInfo info(ResultSet rs) throws SQLException {
        String dtg = rs.getString(7);
        String classification = rs.getString(8);
        String precedence = rs.getString(11);
        Listing listing = new Listing(
                dtg == null ? null : Instant.parse(dtg),
                classification == null ? null : Level.valueOf(classification),
                words(rs.getString(9)),
                rs.getString(10),
                precedence == null ? null : Precedence.valueOf(precedence),
                words(rs.getString(12)),
                rs.getString(13));
        String path = rs.getString(14);
        String entry = rs.getString(15);
        return new VersionInfo(rs.getLong(1), rs.getString(2), rs.getInt(3), SourceFormat.valueOf(rs.getString(4)),
                rs.getString(5), rs.getBytes(6), listing, path == null ? null : new Provenance(path, entry),
                Instant.parse(rs.getString(16)));
    }

    private static List<String> words(String s) {
        return s == null || s.isEmpty() ? List.of() : Arrays.asList(s.split(" "));
    }

    /**
     * A read on a pooled connection in auto-commit mode: it sees the latest commit and holds no lock afterwards
     * (every result set is closed before the connection goes back to the pool).
     */
    private <T> T read(ReadPool.Read<T> call) {
        try {
            return readers.read(call);
        } catch (SQLException e) {
            throw new StoreException("cannot read the store: " + e.getMessage(), e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private void rollback() {
        try {
            execute("ROLLBACK");
        } catch (SQLException ignored) {
            // No transaction was open, or the original failure is what matters.
        }
    }

    /** Closes the readers (waiting for the reads in progress) and the writer. */
    @Override
    public synchronized void close() {
        try {
            readers.close();
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
