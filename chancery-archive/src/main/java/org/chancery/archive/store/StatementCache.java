package org.chancery.archive.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The prepared statements of one connection, by their SQL, each prepared once for the life of the connection:
 * the same few statements run for every request or job, and preparing one costs more than running it. Used by one
 * thread at a time (the owner's pool, lock or writer thread sees to that). A statement comes back with the
 * parameters of its last use: bind every one before running it.
 */
public final class StatementCache {

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    public StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The statement for {@code sql}, prepared on first use. */
    public PreparedStatement get(String sql) throws SQLException {
        PreparedStatement ps = statements.get(sql);
        if (ps == null) {
            ps = connection.prepareStatement(sql);
            statements.put(sql, ps);
        }
        return ps;
    }

    /** Closes every statement (not the connection), all of them even when one fails; throws the first failure. */
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement ps : statements.values()) {
            try {
                ps.close();
            } catch (SQLException e) {
                if (first == null) first = e;
            }
        }
        statements.clear();
        if (first != null) throw first;
    }
}
