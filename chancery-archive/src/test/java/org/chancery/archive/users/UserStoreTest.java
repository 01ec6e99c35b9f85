package org.chancery.archive.users;

import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.archive.store.ReadPool;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.store.StoreException;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserStoreTest {

    @TempDir
    Path dir;

    private SqliteAuditLog audit;

    @BeforeEach
    void store() {
        SqliteCableStore.open(dir).close(); // brings the schema up to date
        audit = SqliteAuditLog.open(dir);
    }

    @AfterEach
    void closeAudit() {
        audit.close();
    }

    @Test
    void aUserIsReadWithTheirGrantsAndPasswordHashTogether() {
        try (UserStore users = UserStore.open(dir, audit)) {
            users.add("local-admin", "jnovak", "J. Novak", Level.SECRET, List.of(
                    Grant.of(Grant.Kind.ROLE, "drafter"), Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE"),
                    Grant.of(Grant.Kind.NATIONALITY, "usa"), Grant.of(Grant.Kind.ACCESS_LIST, "exdis")));
            users.add("local-admin", "bare", "No Grants", Level.UNCLASSIFIED, List.of());
            users.setPasswordHash("local-admin", "jnovak", "$argon2id$hash");

            UserLogin login = users.findLogin("jnovak").orElseThrow();
            assertThat(login.passwordHash()).isEqualTo("$argon2id$hash");
            assertThat(login.user().displayName()).isEqualTo("J. Novak");
            assertThat(login.user().principal().clearance()).isEqualTo(Level.SECRET);
            assertThat(login.user().principal().roles()).containsExactly(Role.DRAFTER);
            assertThat(login.user().principal().memberships()).containsExactly("PRAGUE");
            assertThat(login.user().principal().nationalities()).containsExactly("USA");
            assertThat(login.user().principal().accessLists()).containsExactly("EXDIS");
            assertThat(users.passwordHash("jnovak")).contains("$argon2id$hash");
            assertThat(users.passwordHash("bare")).isEmpty();
            assertThat(users.passwordHash("nobody")).isEmpty();
            assertThat(users.findLogin("nobody")).isEmpty();

            assertThat(users.listLogins()).extracting(UserLogin::id).containsExactly("bare", "jnovak");
            assertThat(users.list()).extracting(User::id).containsExactly("bare", "jnovak");
            assertThat(users.find("bare").orElseThrow().principal().roles()).isEmpty();
            assertThatThrownBy(() -> users.require("nobody")).isInstanceOf(UserException.class)
                    .hasMessageContaining("no user 'nobody'");
            assertThatThrownBy(() -> users.add("local-admin", "bare", "Again", Level.SECRET, List.of()))
                    .isInstanceOf(UserException.class).hasMessageContaining("already exists");
        }
    }

    @Test
    void aChangeCountsAtTheNextReadHereAndInAnotherStore() {
        try (UserStore users = UserStore.open(dir, audit); UserStore otherProcess = UserStore.open(dir, audit)) {
            users.add("local-admin", "pvolny", "P. Volny", Level.CONFIDENTIAL, List.of());
            // warm every pooled connection of both, so that a stale snapshot or cache would show
            for (int i = 0; i < ReadPool.DEFAULT_SIZE * 2; i++) {
                assertThat(users.find("pvolny")).isPresent();
                assertThat(otherProcess.find("pvolny")).isPresent();
            }
            Grant releasing = Grant.of(Grant.Kind.ROLE, "releasing_officer");
            otherProcess.grant("local-admin", "pvolny", releasing);
            for (int i = 0; i < ReadPool.DEFAULT_SIZE * 2; i++) {
                assertThat(users.find("pvolny").orElseThrow().principal().roles()).contains(Role.RELEASING_OFFICER);
            }
            users.revoke("local-admin", "pvolny", releasing);
            otherProcess.setClearance("local-admin", "pvolny", Level.SECRET);
            otherProcess.setPolicy("local-admin", Policy.PORTION);
            for (int i = 0; i < ReadPool.DEFAULT_SIZE * 2; i++) {
                assertThat(otherProcess.find("pvolny").orElseThrow().principal().roles()).isEmpty();
                assertThat(users.find("pvolny").orElseThrow().principal().clearance()).isEqualTo(Level.SECRET);
                assertThat(users.policy()).isEqualTo(Policy.PORTION);
            }
            assertThatThrownBy(() -> users.revoke("local-admin", "pvolny", releasing))
                    .isInstanceOf(UserException.class).hasMessageContaining("does not have");
        }
    }

    /**
     * Many threads read a principal while another grants and revokes: every read sees one state the user was in
     * while it ran (never a mix, never an error), and never a state older than the last change that had returned
     * when the read began.
     */
    @Test
    void readersSeeEitherTheStateBeforeOrAfterAChangeAndEveryChangeOnceItHasReturned() throws Exception {
        int steps = 30;
        // step 0 grants X0; each later step i grants Xi and then revokes X(i-1): every state differs from the others
        List<Set<String>> states = new ArrayList<>();
        states.add(Set.of());
        for (int i = 0; i < steps; i++) {
            Set<String> granted = new HashSet<>(states.getLast());
            granted.add(code(i));
            states.add(Set.copyOf(granted));
            if (i > 0) {
                Set<String> revoked = new HashSet<>(granted);
                revoked.remove(code(i - 1));
                states.add(Set.copyOf(revoked));
            }
        }
        try (UserStore users = UserStore.open(dir, audit)) {
            users.add("local-admin", "reader", "R. Eader", Level.SECRET,
                    List.of(Grant.of(Grant.Kind.NATIONALITY, "USA")));
            AtomicInteger returned = new AtomicInteger(); // changes that have returned to their caller
            AtomicBoolean done = new AtomicBoolean();
            ConcurrentLinkedQueue<String> wrong = new ConcurrentLinkedQueue<>();
            int threads = ReadPool.DEFAULT_SIZE * 4;
            ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
            try {
                List<Future<Integer>> readers = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    readers.add(pool.submit(() -> {
                        int reads = 0;
                        do {
                            int before = returned.get();
                            Set<String> seen = new HashSet<>(users.find("reader").orElseThrow().principal().nationalities());
                            int after = returned.get();
                            if (!seen.remove("USA")) wrong.add("lost the nationality granted at creation: " + seen);
                            int last = Math.min(after + 1, states.size() - 1); // the change in progress may show
                            boolean possible = false;
                            for (int s = before; s <= last && !possible; s++) possible = states.get(s).equals(seen);
                            if (!possible) wrong.add("saw " + seen + " with " + before + ".." + after + " changes returned");
                            reads++;
                        } while (!done.get());
                        return reads;
                    }));
                }
                Future<?> writer = pool.submit(() -> {
                    try {
                        for (int i = 0; i < steps; i++) {
                            users.grant("local-admin", "reader", Grant.of(Grant.Kind.NATIONALITY, code(i)));
                            returned.incrementAndGet();
                            if (i > 0) {
                                users.revoke("local-admin", "reader", Grant.of(Grant.Kind.NATIONALITY, code(i - 1)));
                                returned.incrementAndGet();
                            }
                        }
                    } finally {
                        done.set(true);
                    }
                    return null;
                });
                writer.get();
                int reads = 0;
                for (Future<Integer> f : readers) reads += f.get();
                assertThat(reads).isGreaterThanOrEqualTo(threads);
            } finally {
                pool.shutdownNow();
            }
            assertThat(wrong).isEmpty();
            assertThat(returned.get()).isEqualTo(states.size() - 1);
            assertThat(users.find("reader").orElseThrow().principal().nationalities())
                    .containsExactlyInAnyOrder("USA", code(steps - 1));
        }
    }

    @Test
    void aClosedStoreRefusesReads() {
        UserStore users = UserStore.open(dir, audit);
        users.close();
        assertThatThrownBy(() -> users.find("anyone")).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    private static String code(int i) {
        return "Q" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
    }
}
