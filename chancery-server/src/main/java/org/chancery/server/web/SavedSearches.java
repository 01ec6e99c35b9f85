package org.chancery.server.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved searches, per user, in the server's own file ({@code server.db} beside the archive) under the web pages'
 * table prefix {@code web_}. A saved search is a name and the URL query of the search page ({@code q=…&f=…}), so
 * that opening it is following its permalink.
 */
public final class SavedSearches implements AutoCloseable {

    /** One saved search. */
    public record Saved(long id, String user, String name, String query, Instant created) {
        public String href() {
            return "/search?" + query;
        }
    }

    private final Connection db;
    private final Clock clock;

    private SavedSearches(Connection db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public static SavedSearches open(Path dir, Clock clock) {
        try {
            Files.createDirectories(dir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("server.db"));
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=30000");
                s.execute("CREATE TABLE IF NOT EXISTS web_saved_search (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                        + "user_id TEXT NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, created TEXT NOT NULL)");
                s.execute("CREATE INDEX IF NOT EXISTS web_saved_search_user ON web_saved_search (user_id)");
            }
            return new SavedSearches(c, clock);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open saved searches in " + dir + ": " + e.getMessage(), e);
        }
    }

    public synchronized List<Saved> of(String user) {
        try (PreparedStatement ps = db.prepareStatement("SELECT id, user_id, name, query, created FROM web_saved_search "
                + "WHERE user_id = ? ORDER BY name, id")) {
            ps.setString(1, user);
            List<Saved> out = new ArrayList<>();
            try (ResultSet r = ps.executeQuery()) {
                while (r.next()) out.add(new Saved(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                        Instant.parse(r.getString(5))));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized void save(String user, String name, String query) {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO web_saved_search (user_id, name, query, created) "
                + "VALUES (?, ?, ?, ?)")) {
            ps.setString(1, user);
            ps.setString(2, name);
            ps.setString(3, query);
            ps.setString(4, clock.instant().toString());
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Deletes one of the user's saved searches; another user's is left alone. */
    public synchronized boolean delete(String user, long id) {
        try (PreparedStatement ps = db.prepareStatement("DELETE FROM web_saved_search WHERE id = ? AND user_id = ?")) {
            ps.setLong(1, id);
            ps.setString(2, user);
            return ps.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing
        }
    }
}
