package org.chancery.bench;

import org.chancery.archive.Archive;
import org.chancery.archive.users.Grant;
import org.chancery.archive.users.UserStore;
import org.chancery.cable.model.Level;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What authentication costs the server on every request: the account of the session's or token's user read from
 * the store's users ({@link UserStore}), by many threads at once, as Jetty's request threads do under load. Prints
 * the wall time, the process CPU per lookup and the load average.
 *
 * <pre>
 * PrincipalLookupBench WORK_DIR [--threads N] [--lookups N] [--users N] [--rounds N] [--queries 1|2]
 * </pre>
 * WORK_DIR gets a new archive with the users when it holds none. {@code --queries 1} (default) reads the account
 * as the server does ({@link UserStore#findLogin}: the user, their grants and password hash in one query);
 * {@code --queries 2} reads the user and then the password hash, as it did before.
 */
public final class PrincipalLookupBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int threads = 64;
        int lookups = 200_000;
        int userCount = 200;
        int rounds = 3;
        int queries = 1;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--lookups" -> lookups = Integer.parseInt(args[++i]);
                case "--users" -> userCount = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--queries" -> queries = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        boolean fresh = !Archive.exists(dir);
        Files.createDirectories(dir);
        try (Archive archive = Archive.open(dir); UserStore users = UserStore.open(dir, archive.audit())) {
            if (fresh) {
                for (int u = 0; u < userCount; u++) {
                    users.add("bench", id(u), "User " + u, Level.SECRET, List.of(
                            Grant.of(Grant.Kind.NATIONALITY, "USA"), Grant.of(Grant.Kind.MEMBERSHIP, "PRAGUE"),
                            Grant.of(Grant.Kind.ACCESS_LIST, "EXDIS"), Grant.of(Grant.Kind.ROLE, "reader")));
                    users.setPasswordHash("bench", id(u), "$argon2id$v=19$m=19456,t=2,p=1$c2FsdA$aGFzaA");
                }
            }
            System.out.printf(Locale.ROOT, "%d threads, %d lookups of %d users (%d queries each), %d cores%n",
                    threads, lookups, userCount, queries, Runtime.getRuntime().availableProcessors());
            for (int r = 0; r < rounds; r++) run(users, threads, lookups, userCount, queries == 1);
        }
    }

    private static void run(UserStore users, int threads, int lookups, int userCount, boolean oneQuery)
            throws Exception {
        String load = SearchBench.loadAverage();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long cpu0 = IngestBench.cpuNanos();
            long t0 = System.nanoTime();
            List<Future<Integer>> tasks = new ArrayList<>();
            int each = lookups / threads;
            for (int t = 0; t < threads; t++) {
                tasks.add(pool.submit(() -> {
                    int found = 0;
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    for (int i = 0; i < each; i++) {
                        String id = id(random.nextInt(userCount));
                        boolean ok = oneQuery ? users.findLogin(id).filter(u -> u.passwordHash() != null).isPresent()
                                : users.find(id).isPresent() && users.passwordHash(id).isPresent();
                        if (ok) found++;
                    }
                    return found;
                }));
            }
            int found = 0;
            for (Future<Integer> f : tasks) found += f.get();
            long wall = System.nanoTime() - t0;
            long cpu = IngestBench.cpuNanos() - cpu0;
            int done = each * threads;
            if (found != done) throw new IllegalStateException(found + " of " + done + " found");
            System.out.printf(Locale.ROOT, "%d lookups: wall %.2f s (%.0f/s), CPU %.2f s = %.1f µs per lookup; "
                    + "load average %s -> %s%n", done, wall / 1e9, done / (wall / 1e9), cpu / 1e9, cpu / 1e3 / done,
                    load, SearchBench.loadAverage());
        } finally {
            pool.shutdownNow();
        }
    }

    private static String id(int u) {
        return "user" + u;
    }
}
