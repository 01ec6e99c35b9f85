package org.chancery.switching.queue;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;
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

/**
 * The queue and delivery half of the switch's store, {@code DIR/switch.db} (drafts and numbering, the release
 * half, live in the same file). SQLite in WAL mode with {@code synchronous=FULL}: a commit is on disk (the WAL
 * fsynced) before it returns. All writes go through one {@link GroupCommitter}; reads use a separate connection,
 * which WAL lets run beside the writer.
 *
 * <p>The tables of queues and delivery are prefixed {@code queue_} and {@code delivery_}; their Flyway history is
 * its own table ({@code queue_schema_history}) and location ({@code db/switch-queue}), so that the drafting and
 * numbering schema in the same file migrates independently.
 */
public final class QueueStore implements AutoCloseable {

    public static final String FILE_NAME = "switch.db";

    /** Jobs per group commit at most: bounds the latency a lone urgent job can wait behind a large group. */
    private static final int MAX_GROUP = 512;

    /** How often the WAL is copied back into the database, off the writer's path. */
    private static final long CHECKPOINT_MILLIS = 1000;

    private final Path file;
    private final Connection reader;
    private final Connection checkpointer;
    private final GroupCommitter committer;
    private final Thread checkpoints;
    private volatile boolean open = true;

    private QueueStore(Path file, Connection reader, Connection writer, Connection checkpointer) {
        this.file = file;
        this.reader = reader;
        this.checkpointer = checkpointer;
        this.committer = new GroupCommitter(writer, MAX_GROUP);
        this.checkpoints = Thread.ofPlatform().name("switch-checkpoint").daemon(true).start(this::checkpointLoop);
    }

    /**
     * SQLite checkpoints the WAL in whichever commit crosses 1000 pages, and that commit then waits for the copy
     * and an fsync of the database file: tens of milliseconds added to one unlucky group (a FLASH among them).
     * The writer's automatic checkpoints are off; this thread runs a passive checkpoint every second instead,
     * which never blocks the writer.
     */
    private void checkpointLoop() {
        while (open) {
            try {
                Thread.sleep(CHECKPOINT_MILLIS);
                try (Statement st = checkpointer.createStatement()) {
                    st.execute("PRAGMA wal_checkpoint(PASSIVE)");
                }
            } catch (InterruptedException e) {
                return;
            } catch (SQLException e) {
                if (!open) return;
                System.getLogger(QueueStore.class.getName()).log(System.Logger.Level.DEBUG, "checkpoint failed", e);
            }
        }
    }

    /** Opens (creating when missing) {@code dir/switch.db} and brings the queue and delivery schema up to date. */
    public static QueueStore open(Path dir) {
        Path file = dir.resolve(FILE_NAME).toAbsolutePath();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new QueueStoreException("cannot create the switch folder " + dir + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(30_000);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_768);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file);
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/switch-queue")
                    .table("queue_schema_history")
                    .baselineOnMigrate(true)
                    .baselineVersion("99")
                    .loggers(QuietLog.class.getName())
                    .load()
                    .migrate();
            Connection writer = dataSource.getConnection();
            try (Statement st = writer.createStatement()) {
                st.execute("PRAGMA wal_autocheckpoint=0");
            }
            return new QueueStore(file, dataSource.getConnection(), writer, dataSource.getConnection());
        } catch (SQLException | RuntimeException e) {
            throw new QueueStoreException("cannot open the switch store " + file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    public GroupCommitter committer() {
        return committer;
    }

    /** A read on the reader connection (serialised: one reader connection is plenty for status and inbox). */
    public synchronized <T> T read(Read<T> read) {
        try {
            return read.run(reader);
        } catch (SQLException e) {
            throw new QueueStoreException("read failed: " + e.getMessage(), e);
        }
    }

    /** A read on the reader connection. */
    @FunctionalInterface
    public interface Read<T> {
        T run(Connection c) throws SQLException;
    }

    /** A single long from a query with parameters, or {@code otherwise} when it returns no row or NULL. */
    public static long queryLong(Connection c, String sql, long otherwise, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return otherwise;
                long v = rs.getLong(1);
                return rs.wasNull() ? otherwise : v;
            }
        }
    }

    @Override
    public void close() {
        committer.close();
        open = false;
        checkpoints.interrupt();
        try {
            checkpoints.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            try {
                reader.close();
                checkpointer.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
    }

    /**
     * Keeps Flyway from writing to the console of every command that opens the store; a failed migration
     * surfaces as the exception {@link #open} throws.
     */
    public static final class QuietLog implements LogCreator {
        @Override
        public Log createLogger(Class<?> type) {
            System.Logger logger = System.getLogger(type.getName());
            return new Log() {
                @Override public void debug(String message) { logger.log(System.Logger.Level.TRACE, message); }
                @Override public void info(String message) { logger.log(System.Logger.Level.DEBUG, message); }
                @Override public void warn(String message) { logger.log(System.Logger.Level.DEBUG, message); }
                @Override public void error(String message) { logger.log(System.Logger.Level.DEBUG, message); }
                @Override public void error(String message, Exception e) {
                    logger.log(System.Logger.Level.DEBUG, message, e);
                }
                @Override public void notice(String message) { logger.log(System.Logger.Level.DEBUG, message); }
            };
        }
    }
}
