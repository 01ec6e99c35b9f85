package org.chancery.switching.queue;

import org.chancery.archive.store.StatementCache;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The write transaction a {@link GroupCommitter} job runs in: the writer connection, its prepared statements
 * (cached: the same few statements run thousands of times a second) and actions to run once the transaction
 * is durably committed — never before, so that nothing outside the store sees a write that a crash could undo.
 */
public final class Tx {

    private final Connection connection;
    private final StatementCache statements;
    private final List<Runnable> afterCommit = new ArrayList<>();

    Tx(Connection connection) {
        this.connection = connection;
        this.statements = new StatementCache(connection);
    }

    /** A prepared statement for this SQL, prepared once per connection. */
    public PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        ps.clearParameters();
        return ps;
    }

    /** Runs {@code action} after the commit that makes this job's writes durable (dropped if the job fails). */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * Runs {@code work} in a savepoint of its own: when it throws, what it wrote and the after-commit actions it
     * registered are undone and the exception is rethrown, and the rest of the job stands.
     */
    public <T> T savepoint(GroupCommitter.Work<T> work) throws SQLException {
        int mark = mark();
        try (Statement st = connection.createStatement()) {
            st.execute("SAVEPOINT part");
            try {
                T result = work.run(this);
                st.execute("RELEASE part");
                return result;
            } catch (SQLException | RuntimeException e) {
                st.execute("ROLLBACK TO part");
                st.execute("RELEASE part");
                dropAfter(mark);
                throw e;
            }
        }
    }

    /** The writer connection, for reads that must see this transaction. */
    public Connection connection() {
        return connection;
    }

    int mark() {
        return afterCommit.size();
    }

    void dropAfter(int mark) {
        afterCommit.subList(mark, afterCommit.size()).clear();
    }

    List<Runnable> drainAfterCommit() {
        List<Runnable> out = new ArrayList<>(afterCommit);
        afterCommit.clear();
        return out;
    }

    void closeStatements() {
        try {
            statements.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do with them
        }
    }
}
