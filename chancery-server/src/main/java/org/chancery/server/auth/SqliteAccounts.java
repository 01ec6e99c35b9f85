package org.chancery.server.auth;

import org.chancery.cable.model.Level;
import org.chancery.security.Principal;
import org.chancery.security.Role;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Accounts and API tokens in {@code server.db} (SQLite) beside the archive. Everything is also held in memory —
 * there are few accounts and tokens, and every API request looks one up — and written through to the file.
 */
public final class SqliteAccounts implements Accounts {

    public static final String FILE_NAME = "server.db";

    private final Connection db;
    private final Path dir;
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, TokenInfo> tokensByHash = new ConcurrentHashMap<>();

    private SqliteAccounts(Connection db, Path dir) throws SQLException {
        this.db = db;
        this.dir = dir;
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS account (id TEXT PRIMARY KEY, clearance TEXT NOT NULL, "
                    + "access_lists TEXT NOT NULL, nationalities TEXT NOT NULL, memberships TEXT NOT NULL, "
                    + "roles TEXT NOT NULL, password_hash TEXT, disabled INTEGER NOT NULL DEFAULT 0)");
            s.execute("CREATE TABLE IF NOT EXISTS api_token (id TEXT PRIMARY KEY, user_id TEXT NOT NULL, "
                    + "name TEXT NOT NULL, created TEXT NOT NULL, secret_sha256 BLOB NOT NULL UNIQUE)");
            try (ResultSet r = s.executeQuery("SELECT * FROM account")) {
                while (r.next()) {
                    Principal p = new Principal(r.getString("id"), Level.valueOf(r.getString("clearance")),
                            split(r.getString("access_lists")), split(r.getString("nationalities")),
                            split(r.getString("memberships")), roles(r.getString("roles")));
                    accounts.put(p.id(), new Account(p, r.getString("password_hash"), r.getInt("disabled") != 0));
                }
            }
            try (ResultSet r = s.executeQuery("SELECT * FROM api_token")) {
                while (r.next()) {
                    tokensByHash.put(HexFormat.of().formatHex(r.getBytes("secret_sha256")),
                            new TokenInfo(r.getString("id"), r.getString("user_id"), r.getString("name"),
                                    Instant.parse(r.getString("created"))));
                }
            }
        }
    }

    /** Opens (creating when missing) the accounts file in {@code dir}. */
    public static SqliteAccounts open(Path dir) {
        try {
            Files.createDirectories(dir);
            return new SqliteAccounts(DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILE_NAME)), dir);
        } catch (Exception e) {
            throw new IllegalStateException("cannot open accounts in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The store folder the accounts file is in (the web pages keep their own tables and the switch beside it). */
    public Path dir() {
        return dir;
    }

    @Override
    public Optional<Account> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(accounts.get(id));
    }

    @Override
    public List<Account> list() {
        List<Account> all = new ArrayList<>(accounts.values());
        all.sort(Comparator.comparing(Account::id));
        return all;
    }

    @Override
    public synchronized void save(Account a) {
        Principal p = a.principal();
        try (PreparedStatement s = db.prepareStatement("INSERT OR REPLACE INTO account VALUES (?,?,?,?,?,?,?,?)")) {
            s.setString(1, p.id());
            s.setString(2, p.clearance().name());
            s.setString(3, join(p.accessLists()));
            s.setString(4, join(p.nationalities()));
            s.setString(5, join(p.memberships()));
            s.setString(6, join(p.roles().stream().map(Enum::name).toList()));
            s.setString(7, a.passwordHash());
            s.setInt(8, a.disabled() ? 1 : 0);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot save account " + p.id() + ": " + e.getMessage(), e);
        }
        accounts.put(p.id(), a);
    }

    @Override
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

    @Override
    public Optional<TokenInfo> tokenBySecret(byte[] secretSha256) {
        return Optional.ofNullable(tokensByHash.get(HexFormat.of().formatHex(secretSha256)));
    }

    @Override
    public List<TokenInfo> tokens(String userId) {
        return tokensByHash.values().stream().filter(t -> t.userId().equals(userId))
                .sorted(Comparator.comparing(TokenInfo::created).thenComparing(TokenInfo::id)).toList();
    }

    @Override
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

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to protect
        }
    }

    private static String join(Iterable<String> values) {
        List<String> sorted = new ArrayList<>();
        values.forEach(sorted::add);
        sorted.sort(null);
        return String.join(",", sorted);
    }

    private static Set<String> split(String s) {
        if (s == null || s.isEmpty()) return Set.of();
        return new LinkedHashSet<>(Arrays.asList(s.split(",")));
    }

    private static Set<Role> roles(String s) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : split(s)) roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT)));
        return roles;
    }
}
