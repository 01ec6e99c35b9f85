package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The transaction and error handling shared by the tables that live beside the cable store (audit log,
 * declassifications): one connection, writes in {@code BEGIN IMMEDIATE} transactions rolled back on any failure,
 * and every {@link SQLException} turned into a {@link StoreException} that names what was being done.
 */
public final class SqliteTransactions {

    /** Work against the connection that may fail with an {@link SQLException}. */
    public interface SqlCall<T> {
        T run() throws SQLException;
    }

    private final Connection connection;
    private final String subject;
    private final String writeVerb;

    /**
     * @param subject   what the tables are, for messages: "the audit log"
     * @param writeVerb what writing to them is called, for messages: "append to"
     */
    public SqliteTransactions(Connection connection, String subject, String writeVerb) {
        this.connection = connection;
        this.subject = subject;
        this.writeVerb = writeVerb;
    }

    /** Runs {@code call} in a write transaction: committed when it returns, rolled back when it throws. */
    public <T> T write(SqlCall<T> call) {
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw failure(writeVerb, e);
        }
        try {
            T result = call.run();
            execute("COMMIT");
            return result;
        } catch (SQLException | RuntimeException e) {
            try {
                execute("ROLLBACK");
            } catch (SQLException ignored) {
                // the original failure is what matters
            }
            throw e instanceof RuntimeException re ? re : failure(writeVerb, (SQLException) e);
        }
    }

    /** Runs {@code call}, reporting a failure as one to read the tables. */
    public <T> T read(SqlCall<T> call) {
        try {
            return call.run();
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    public void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private StoreException failure(String verb, SQLException e) {
        return new StoreException("cannot " + verb + " " + subject + ": " + e.getMessage(), e);
    }
}
