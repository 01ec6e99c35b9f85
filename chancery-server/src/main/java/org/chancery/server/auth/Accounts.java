package org.chancery.server.auth;

import org.chancery.archive.users.UserLogin;
import org.chancery.archive.users.UserStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who can log in. Users, with their grants and password hash, are the store's ({@link UserStore}: the same users
 * the command line's {@code --as} reads, every change in the audit log); this class adds only what is the
 * server's own: API tokens, kept as the SHA-256 of their secret in {@code server.db} beside the store, keyed by
 * the store's user id, and looked up for a request in memory (loaded at open, changed with the file). Login
 * throttling and sessions live in memory ({@link LoginThrottle}, {@link Sessions}); the only per-request read of
 * SQLite is the account itself, on the users' pool of read connections.
 */
public final class Accounts implements AutoCloseable {

    public static final String FILE_NAME = "server.db";

    private final UserStore users;
    private final Connection db;
    private final Path dir;
    private final Map<String, TokenInfo> tokensByHash = new ConcurrentHashMap<>();

    /** A token as listed (never its secret). */
    public record TokenInfo(String id, String userId, String name, Instant created) {
    }

    private Accounts(UserStore users, Connection db, Path dir) throws SQLException {
        this.users = users;
        this.db = db;
        this.dir = dir;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS api_token (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                    + "name TEXT NOT NULL, created TEXT NOT NULL, secret_sha256 BLOB NOT NULL UNIQUE)");
            try (var r = s.executeQuery("SELECT * FROM api_token")) {
                while (r.next()) {
                    tokensByHash.put(HexFormat.of().formatHex(r.getBytes("secret_sha256")),
                            new TokenInfo(r.getString("id"), r.getString("user_id"), r.getString("name"),
                                    Instant.parse(r.getString("created"))));
                }
            }
        }
    }

    /** The accounts over the store's users, with the tokens file in {@code dir} (the store folder). */
    public static Accounts open(Path dir, UserStore users) {
        try {
            Files.createDirectories(dir);
            return new Accounts(users, DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILE_NAME)), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open accounts in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The store's users: every change of a user goes through it (and into the audit log). */
    public UserStore users() {
        return users;
    }

    /** The store folder (the web pages keep their own tables and the switch beside it). */
    public Path dir() {
        return dir;
    }

    /**
     * The account, read live from the store's users for every request (one query: the user, their grants and
     * password hash), so that a grant or revoke counts from the next request.
     */
    public Optional<Account> find(String id) {
        if (id == null) return Optional.empty();
        return users.findLogin(id).map(Accounts::account);
    }

    public List<Account> list() {
        return users.listLogins().stream().map(Accounts::account).sorted(Comparator.comparing(Account::id)).toList();
    }

    private static Account account(UserLogin u) {
        return new Account(u.user().principal(), u.passwordHash());
    }

    /** Sets a user's password hash in the store ({@code actor} is recorded in the audit log). */
    public void setPasswordHash(String actor, String id, String hash) {
        users.setPasswordHash(actor, id, hash);
    }

    /** Records a token by the SHA-256 of its secret. */
    public synchronized void saveToken(TokenInfo t, byte[] secretSha256) {
        try (PreparedStatement s = db.prepareStatement("INSERT INTO api_token VALUES (?,?,?,?,?)")) {
            s.setString(1, t.id());
            s.setString(2, t.userId());
            s.setString(3, t.name());
            s.setString(4, t.created().toString());
            s.setBytes(5, secretSha256);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save token: " + e.getMessage(), e);
        }
        tokensByHash.put(HexFormat.of().formatHex(secretSha256), t);
    }

    /** The token whose secret has this SHA-256. */
    public Optional<TokenInfo> tokenBySecret(byte[] secretSha256) {
        return Optional.ofNullable(tokensByHash.get(HexFormat.of().formatHex(secretSha256)));
    }

    public List<TokenInfo> tokens(String userId) {
        return tokensByHash.values().stream().filter(t -> t.userId().equals(userId))
                .sorted(Comparator.comparing(TokenInfo::created).thenComparing(TokenInfo::id)).toList();
    }

    /** Removes a token of this user; false when there is none. */
    public synchronized boolean deleteToken(String userId, String tokenId) {
        try (PreparedStatement s = db.prepareStatement("DELETE FROM api_token WHERE user_id = ? AND id = ?")) {
            s.setString(1, userId);
            s.setString(2, tokenId);
            if (s.executeUpdate() == 0) return false;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete token: " + e.getMessage(), e);
        }
        tokensByHash.values().removeIf(t -> t.userId().equals(userId) && t.id().equals(tokenId));
        return true;
    }

    /** Closes the tokens file and the store's users. */
    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        } finally {
            users.close();
        }
    }
}
