package org.chancery.archive.users;

import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoreException;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.Role;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users of an archive and its deployment settings, in the store of record (tables {@code principal},
 * {@code principal_grant}, {@code setting}; migration V2). Every change is appended to the audit log with who
 * made it, before it returns.
 */
public final class UserStore implements AutoCloseable {

    /** The setting that holds the reading policy: {@code document} (default) or {@code portion}. */
    public static final String POLICY = "policy";

    private final Connection connection;
    private final AuditLog audit;

    private UserStore(Connection connection, AuditLog audit) {
        this.connection = connection;
        this.audit = audit;
    }

    /**
     * Opens the users of the store in {@code dir}, whose schema {@link SqliteCableStore#open} has brought up to
     * date; changes are recorded in {@code audit} (the store's audit log).
     */
    public static UserStore open(Path dir, AuditLog audit) {
        try {
            return new UserStore(SqliteCableStore.dataSource(dir).getConnection(), audit);
        } catch (SQLException e) {
            throw new StoreException("cannot open the users of the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    // --- reading ---

    public synchronized Optional<User> find(String id) {
        List<User> found = select("WHERE p.id = ?", id);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The user, or a {@link UserException} naming the id. */
    public User require(String id) {
        return find(id).orElseThrow(() -> new UserException("no user '" + id + "' in this archive (see 'chancery users list')"));
    }

    /** Every user, by id. */
    public synchronized List<User> list() {
        return select("", null);
    }

    private List<User> select(String where, String id) {
        String sql = "SELECT p.id, p.display_name, p.clearance, g.kind, g.value FROM principal p "
                + "LEFT JOIN principal_grant g ON g.principal_id = p.id " + where + " ORDER BY p.id, g.kind, g.value";
        Map<String, Builder> users = new LinkedHashMap<>();
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            if (id != null) st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Builder b = users.computeIfAbsent(rs.getString(1), k -> new Builder());
                    b.id = rs.getString(1);
                    b.name = rs.getString(2);
                    b.clearance = Level.valueOf(rs.getString(3));
                    String kind = rs.getString(4);
                    if (kind != null) b.add(Grant.Kind.valueOf(kind), rs.getString(5));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
        List<User> out = new ArrayList<>(users.size());
        for (Builder b : users.values()) out.add(b.build());
        return out;
    }

    private static final class Builder {
        String id;
        String name;
        Level clearance;
        final Set<String> lists = new HashSet<>();
        final Set<String> nationalities = new HashSet<>();
        final Set<String> memberships = new HashSet<>();
        final Set<Role> roles = EnumSet.noneOf(Role.class);

        void add(Grant.Kind kind, String value) {
            switch (kind) {
                case ACCESS_LIST -> lists.add(value);
                case NATIONALITY -> nationalities.add(value);
                case MEMBERSHIP -> memberships.add(value);
                case ROLE -> roles.add(Role.valueOf(value));
            }
        }

        User build() {
            return new User(name, new Principal(id, clearance, lists, nationalities, memberships, roles));
        }
    }

    // --- changing ---

    /**
     * Adds a user.
     *
     * @throws UserException when the id is taken or not a valid id
     */
    public synchronized User add(String actor, String id, String displayName, Level clearance, Collection<Grant> grants) {
        checkId(id);
        if (clearance == null) throw new UserException("a user needs a clearance");
        if (find(id).isPresent()) throw new UserException("user '" + id + "' already exists");
        String now = Instant.now().toString();
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO principal (id, display_name, "
                    + "clearance, password_hash, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, ?)")) {
                st.setString(1, id);
                st.setString(2, displayName);
                st.setString(3, clearance.name());
                st.setString(4, now);
                st.setString(5, now);
                st.executeUpdate();
            }
            for (Grant g : grants) insertGrant(id, g);
        });
        User user = require(id);
        audit(actor, "user-add", id, "clearance " + clearance.word() + describe(grants));
        return user;
    }

    /** Grants one thing; a grant already held is an error (nothing would change). */
    public synchronized User grant(String actor, String id, Grant grant) {
        User user = require(id);
        if (holds(user.principal(), grant)) throw new UserException("user '" + id + "' already has " + grant);
        inTransaction(() -> insertGrant(id, grant));
        touch(id);
        audit(actor, "grant", id, grant.toString());
        return require(id);
    }

    /** Revokes one thing; revoking what is not held is an error. */
    public synchronized User revoke(String actor, String id, Grant grant) {
        User user = require(id);
        if (!holds(user.principal(), grant)) throw new UserException("user '" + id + "' does not have " + grant);
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM principal_grant WHERE principal_id = ? AND kind = ? AND value = ?")) {
                st.setString(1, id);
                st.setString(2, grant.kind().name());
                st.setString(3, grant.value());
                st.executeUpdate();
            }
        });
        touch(id);
        audit(actor, "revoke", id, grant.toString());
        return require(id);
    }

    /** Sets the clearance (raising or lowering it). */
    public synchronized User setClearance(String actor, String id, Level clearance) {
        User user = require(id);
        if (user.principal().clearance() == clearance) {
            throw new UserException("user '" + id + "' is already cleared " + clearance.word());
        }
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE principal SET clearance = ?, updated_at = ? WHERE id = ?")) {
                st.setString(1, clearance.name());
                st.setString(2, Instant.now().toString());
                st.setString(3, id);
                st.executeUpdate();
            }
        });
        audit(actor, "clearance", id, user.principal().clearance().word() + " -> " + clearance.word());
        return require(id);
    }

    // --- passwords (the server's logins) ---

    /** The user's password hash (a PHC string), or empty when the user has none (or does not exist). */
    public synchronized Optional<String> passwordHash(String id) {
        try (PreparedStatement st = connection.prepareStatement("SELECT password_hash FROM principal WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the password of " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets (null: removes) the user's password hash; recorded as {@code password-set} (never the hash).
     *
     * @throws UserException when there is no such user
     */
    public synchronized void setPasswordHash(String actor, String id, String hash) {
        require(id);
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "UPDATE principal SET password_hash = ?, updated_at = ? WHERE id = ?")) {
                st.setString(1, hash);
                st.setString(2, Instant.now().toString());
                st.setString(3, id);
                st.executeUpdate();
            }
        });
        audit(actor, "password-set", id, hash == null ? "password removed" : "password set");
    }

    // --- settings ---

    /** The deployment's reading policy; {@link Policy#DOCUMENT} until set. */
    public synchronized Policy policy() {
        String v = setting(POLICY);
        return v == null ? Policy.DOCUMENT : Policy.valueOf(v.toUpperCase(Locale.ROOT));
    }

    public synchronized void setPolicy(String actor, Policy policy) {
        Policy before = policy();
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?) "
                    + "ON CONFLICT (key) DO UPDATE SET value = excluded.value")) {
                st.setString(1, POLICY);
                st.setString(2, policy.name().toLowerCase(Locale.ROOT));
                st.executeUpdate();
            }
        });
        audit(actor, "config-set", POLICY, before.name().toLowerCase(Locale.ROOT) + " -> "
                + policy.name().toLowerCase(Locale.ROOT));
    }

    private String setting(String key) {
        try (PreparedStatement st = connection.prepareStatement("SELECT value FROM setting WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the setting " + key + ": " + e.getMessage(), e);
        }
    }

    // --- helpers ---

    static void checkId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")) {
            throw new UserException("a user id is 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a "
                    + "letter or digit, not '" + id + "'");
        }
    }

    /** Whether the principal already holds the grant. */
    public static boolean holds(Principal p, Grant g) {
        return switch (g.kind()) {
            case ACCESS_LIST -> p.accessLists().contains(g.value());
            case NATIONALITY -> p.nationalities().contains(g.value());
            case MEMBERSHIP -> p.memberships().contains(g.value());
            case ROLE -> p.roles().contains(Role.valueOf(g.value()));
        };
    }

    private void insertGrant(String id, Grant g) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT OR IGNORE INTO principal_grant (principal_id, kind, value) VALUES (?, ?, ?)")) {
            st.setString(1, id);
            st.setString(2, g.kind().name());
            st.setString(3, g.value());
            st.executeUpdate();
        }
    }

    private void touch(String id) {
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement("UPDATE principal SET updated_at = ? WHERE id = ?")) {
                st.setString(1, Instant.now().toString());
                st.setString(2, id);
                st.executeUpdate();
            }
        });
    }

    private static String describe(Collection<Grant> grants) {
        StringBuilder b = new StringBuilder();
        for (Grant g : grants) b.append(", ").append(g);
        return b.toString();
    }

    private void audit(String actor, String action, String target, String what) {
        audit.append(new AuditEvent(Instant.now(), actor, action, target, true, what));
    }

    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) {
        try {
            connection.setAutoCommit(false);
            try {
                work.run();
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot change users: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("cannot close the store: " + e.getMessage(), e);
        }
    }
}
