package org.chancery.archive.users;

import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.store.ReadPool;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoreException;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.sqlite.SQLiteDataSource;

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
 *
 * <p>Reads run on a pool of query-only connections ({@link ReadPool}, as the store's own reads), so that the
 * server's requests, each of which reads its user, do not wait for each other or for a change. Changes go
 * through one writer connection, one at a time (they are synchronized), and commit before they return: in WAL
 * mode a read sees every commit made before it began, so a grant or revoke counts from the very next read.
 * Nothing is cached: a change made by another process (the command line's {@code chancery users}) counts as soon
 * as it is committed.
 */
public final class UserStore implements AutoCloseable {

    /** The setting that holds the reading policy: {@code document} (default) or {@code portion}. */
    public static final String POLICY = "policy";

    /** A user with every grant in one query: one row per grant (one row with null grant columns when none). */
    private static final String USERS = "SELECT p.id, p.display_name, p.clearance, p.password_hash, g.kind, g.value "
            + "FROM principal p LEFT JOIN principal_grant g ON g.principal_id = p.id ";
    private static final String ONE = USERS + "WHERE p.id = ?";
    private static final String ALL = USERS + "ORDER BY p.id";
    private static final String SETTING = "SELECT value FROM setting WHERE key = ?";

    /** The writer's connection: the synchronized changes only (and {@link #close}). */
    private final Connection connection;
    private final ReadPool readers;
    private final AuditLog audit;

    private UserStore(Connection connection, ReadPool readers, AuditLog audit) {
        this.connection = connection;
        this.readers = readers;
        this.audit = audit;
    }

    /**
     * Opens the users of the store in {@code dir}, whose schema {@link SqliteCableStore#open} has brought up to
     * date; changes are recorded in {@code audit} (the store's audit log).
     */
    public static UserStore open(Path dir, AuditLog audit) {
        SQLiteDataSource source = SqliteCableStore.dataSource(dir);
        try {
            Connection writer = source.getConnection();
            try {
                return new UserStore(writer, new ReadPool(source, ReadPool.DEFAULT_SIZE), audit);
            } catch (SQLException e) {
                writer.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot open the users of the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    // --- reading (on the pool) ---

    public Optional<User> find(String id) {
        return findLogin(id).map(UserLogin::user);
    }

    /** The user with their password hash, in one query (the server reads this for every request). */
    public Optional<UserLogin> findLogin(String id) {
        return read(r -> one(r.statement(ONE), id));
    }

    /** The user, or a {@link UserException} naming the id. */
    public User require(String id) {
        return find(id).orElseThrow(() -> missing(id));
    }

    /** Every user, by id. */
    public List<User> list() {
        return listLogins().stream().map(UserLogin::user).toList();
    }

    /** Every user with their password hash, by id, in one query. */
    public List<UserLogin> listLogins() {
        return read(r -> users(r.statement(ALL)));
    }

    private static Optional<UserLogin> one(PreparedStatement st, String id) throws SQLException {
        st.setString(1, id);
        List<UserLogin> found = users(st);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The users of {@code st}'s rows, in the order they first appear; the result set is closed on return. */
    private static List<UserLogin> users(PreparedStatement st) throws SQLException {
        Map<String, Builder> users = new LinkedHashMap<>();
        try (ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                Builder b = users.get(rs.getString(1));
                if (b == null) {
                    b = new Builder(rs.getString(1), rs.getString(2), Level.valueOf(rs.getString(3)), rs.getString(4));
                    users.put(b.id, b);
                }
                String kind = rs.getString(5);
                if (kind != null) b.add(Grant.Kind.valueOf(kind), rs.getString(6));
            }
        }
        List<UserLogin> out = new ArrayList<>(users.size());
        for (Builder b : users.values()) out.add(b.build());
        return out;
    }

    private static final class Builder {
        final String id;
        final String name;
        final Level clearance;
        final String passwordHash;
        final Set<String> lists = new HashSet<>();
        final Set<String> nationalities = new HashSet<>();
        final Set<String> memberships = new HashSet<>();
        final Set<Role> roles = EnumSet.noneOf(Role.class);

        Builder(String id, String name, Level clearance, String passwordHash) {
            this.id = id;
            this.name = name;
            this.clearance = clearance;
            this.passwordHash = passwordHash;
        }

        void add(Grant.Kind kind, String value) {
            switch (kind) {
                case ACCESS_LIST -> lists.add(value);
                case NATIONALITY -> nationalities.add(value);
                case MEMBERSHIP -> memberships.add(value);
                case ROLE -> roles.add(Role.valueOf(value));
            }
        }

        UserLogin build() {
            return new UserLogin(new User(name, new Principal(id, clearance, lists, nationalities, memberships, roles)),
                    passwordHash);
        }
    }

    /**
     * A read on a pooled connection in auto-commit mode: it sees the latest commit and holds no lock afterwards
     * (every result set is closed before the connection goes back to the pool).
     */
    private <T> T read(ReadPool.Read<T> call) {
        try {
            return readers.read(call);
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
    }

    /**
     * The user as the writer sees it, for a change to check what it changes: on the writer's connection, so that
     * a change never waits for a pooled connection behind the readers.
     */
    private Optional<User> stored(String id) {
        try (PreparedStatement st = connection.prepareStatement(ONE)) {
            return one(st, id).map(UserLogin::user);
        } catch (SQLException e) {
            throw new StoreException("cannot read users: " + e.getMessage(), e);
        }
    }

    private User storedOrFail(String id) {
        return stored(id).orElseThrow(() -> missing(id));
    }

    private static UserException missing(String id) {
        return new UserException("no user '" + id + "' in this archive (see 'chancery users list')");
    }

    // --- changing (on the writer, one at a time, committed before returning) ---

    /**
     * Adds a user.
     *
     * @throws UserException when the id is taken or not a valid id
     */
    public synchronized User add(String actor, String id, String displayName, Level clearance, Collection<Grant> grants) {
        checkId(id);
        if (clearance == null) throw new UserException("a user needs a clearance");
        if (stored(id).isPresent()) throw new UserException("user '" + id + "' already exists");
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
        User user = storedOrFail(id);
        audit(actor, "user-add", id, "clearance " + clearance.word() + describe(grants));
        return user;
    }

    /** Grants one thing; a grant already held is an error (nothing would change). */
    public synchronized User grant(String actor, String id, Grant grant) {
        User user = storedOrFail(id);
        if (holds(user.principal(), grant)) throw new UserException("user '" + id + "' already has " + grant);
        inTransaction(() -> {
            insertGrant(id, grant);
            touch(id);
        });
        audit(actor, "grant", id, grant.toString());
        return storedOrFail(id);
    }

    /** Revokes one thing; revoking what is not held is an error. */
    public synchronized User revoke(String actor, String id, Grant grant) {
        User user = storedOrFail(id);
        if (!holds(user.principal(), grant)) throw new UserException("user '" + id + "' does not have " + grant);
        inTransaction(() -> {
            try (PreparedStatement st = connection.prepareStatement(
                    "DELETE FROM principal_grant WHERE principal_id = ? AND kind = ? AND value = ?")) {
                st.setString(1, id);
                st.setString(2, grant.kind().name());
                st.setString(3, grant.value());
                st.executeUpdate();
            }
            touch(id);
        });
        audit(actor, "revoke", id, grant.toString());
        return storedOrFail(id);
    }

    /** Sets the clearance (raising or lowering it). */
    public synchronized User setClearance(String actor, String id, Level clearance) {
        User user = storedOrFail(id);
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
        return storedOrFail(id);
    }

    // --- passwords (the server's logins) ---

    /** The user's password hash (a PHC string), or empty when the user has none (or does not exist). */
    public Optional<String> passwordHash(String id) {
        return findLogin(id).map(UserLogin::passwordHash);
    }

    /**
     * Sets (null: removes) the user's password hash; recorded as {@code password-set} (never the hash).
     *
     * @throws UserException when there is no such user
     */
    public synchronized void setPasswordHash(String actor, String id, String hash) {
        storedOrFail(id);
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
    public Policy policy() {
        return read(r -> policy(r.statement(SETTING)));
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

    private static Policy policy(PreparedStatement setting) throws SQLException {
        setting.setString(1, POLICY);
        try (ResultSet rs = setting.executeQuery()) {
            String v = rs.next() ? rs.getString(1) : null;
            return v == null ? Policy.DOCUMENT : Policy.valueOf(v.toUpperCase(Locale.ROOT));
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

    private void touch(String id) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("UPDATE principal SET updated_at = ? WHERE id = ?")) {
            st.setString(1, Instant.now().toString());
            st.setString(2, id);
            st.executeUpdate();
        }
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
