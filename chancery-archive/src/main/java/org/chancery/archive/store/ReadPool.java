package org.chancery.archive.store;

import org.sqlite.SQLiteDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A fixed pool of query-only connections to the store file, for the reads of {@link SqliteCableStore} and of the
 * store's users ({@code UserStore}), each beside its own writer connection. In WAL mode SQLite lets any number of
 * readers run beside the one writer, each seeing the last commit made before its statement began; a fixed pool
 * (one connection per core, plus one for a read waiting on the disk) keeps as many reads running as the machine
 * can serve, and a caller beyond that waits for a free connection rather than for every other read, as it did
 * behind one synchronized connection.
 *
 * <p>A connection is used by one thread at a time and keeps its prepared statements (the same few queries run
 * for every request); a read must close its result sets before it returns, so that no read transaction stays
 * open on an idle connection and holds back the WAL checkpoint.
 */
public final class ReadPool implements AutoCloseable {

    public static final int DEFAULT_SIZE = Runtime.getRuntime().availableProcessors() + 1;

    /** Work on a pooled connection. */
    public interface Read<T> {
        T run(Reader reader) throws SQLException;
    }

    /** A pooled connection and its prepared statements. */
    public static final class Reader {
        private final Connection connection;
        private final StatementCache statements;

        private Reader(Connection connection) {
            this.connection = connection;
            this.statements = new StatementCache(connection);
        }

        /** The statement for {@code sql}, prepared once per connection; bind every parameter before running it. */
        public PreparedStatement statement(String sql) throws SQLException {
            return statements.get(sql);
        }

        private void close() throws SQLException {
            try {
                statements.close();
            } finally {
                connection.close();
            }
        }
    }

    private final List<Reader> all;
    private final BlockingQueue<Reader> idle;
    private volatile boolean closed;

    public ReadPool(SQLiteDataSource source, int size) throws SQLException {
        if (size < 1) throw new IllegalArgumentException("a read pool needs a connection");
        all = new ArrayList<>(size);
        try {
            for (int i = 0; i < size; i++) {
                Connection c = source.getConnection();
                all.add(new Reader(c));
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA query_only = 1"); // a read connection can never write, even by mistake
                }
            }
        } catch (SQLException e) {
            for (Reader r : all) {
                try {
                    r.close();
                } catch (SQLException ignored) {
                    // the failure to open is what matters
                }
            }
            throw e;
        }
        idle = new ArrayBlockingQueue<>(size, false, all);
    }

    /** Runs {@code call} on a free connection, waiting for one when all are busy. */
    public <T> T read(Read<T> call) throws SQLException {
        Reader reader = take();
        try {
            return call.run(reader);
        } finally {
            idle.add(reader);
        }
    }

    private Reader take() {
        try {
            while (true) {
                if (closed) throw new StoreException("the store is closed", null);
                Reader r = idle.poll(100, TimeUnit.MILLISECONDS);
                if (r != null) return r;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to read the store", e);
        }
    }

    /** Refuses new reads, waits (up to 30 s each) for the reads in progress and closes every connection. */
    @Override
    public void close() throws SQLException {
        closed = true;
        SQLException failure = null;
        for (int i = 0; i < all.size(); i++) {
            Reader r;
            try {
                r = idle.poll(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                r = null;
            }
            if (r == null) continue; // a read that never ended: its connection is left to the process's end
            try {
                r.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        if (failure != null) throw failure;
    }
}
