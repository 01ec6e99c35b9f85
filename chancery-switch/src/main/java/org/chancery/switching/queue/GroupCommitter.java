package org.chancery.switching.queue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.PriorityBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The only writer of the switch's store: one thread that takes whatever jobs have arrived, runs them all in one
 * transaction and commits once — one fsync for the whole group. Under load, concurrent accepts (and the
 * forwarder's send and delivery batches, acknowledgments, deadline checks) share commits, so throughput is
 * bounded by the work per message, not by the disk's fsync rate; when idle, a lone job commits at once.
 *
 * <p><b>Urgent jobs</b> ({@link #submitUrgent}: a FLASH's accept, its sending and filing) jump the queue: a group
 * that begins with an urgent job holds urgent jobs only. A group of other jobs that sees an urgent job arrive stops
 * at the end of the job it is running, puts the rest back, runs the urgent jobs and commits: a FLASH waits for at
 * most one job (callers keep jobs small) and shares its commit only with work already done.
 *
 * <p>Each job runs inside a savepoint: a job that throws is rolled back alone and its caller gets the exception;
 * the others in the group commit. A job's {@link Tx#afterCommit} actions run on this thread after the commit,
 * in submission order, and before the job's future completes.
 */
public final class GroupCommitter implements AutoCloseable {

    /** Work done inside the group's transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    private record Job<T>(Work<T> work, CompletableFuture<T> done, boolean urgent, long order) {
    }

    /** Urgent jobs first, then in submission order. */
    private static final java.util.Comparator<Job<?>> ORDER = java.util.Comparator
            .comparing((Job<?> j) -> !j.urgent()).thenComparingLong(Job::order);

    private final Job<Void> stopMarker = new Job<>(tx -> null, new CompletableFuture<>(), false, Long.MAX_VALUE);

    private final Tx tx;
    private final int maxGroup;
    private final PriorityBlockingQueue<Job<?>> jobs = new PriorityBlockingQueue<>(64, ORDER);
    private final AtomicLong submitted = new AtomicLong();
    private final Thread thread;
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong committedJobs = new AtomicLong();
    private volatile boolean closed;

    GroupCommitter(Connection connection, int maxGroup) {
        this.tx = new Tx(connection);
        this.maxGroup = maxGroup;
        this.thread = Thread.ofPlatform().name("switch-committer").daemon(true).unstarted(this::loop);
        thread.start();
    }

    /** Queues {@code work}; the future completes once it is durably committed (or fails with its exception). */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        return submit(work, false);
    }

    /** The same for urgent work: it goes before everything not urgent, in a group of urgent jobs only. */
    public <T> CompletableFuture<T> submitUrgent(Work<T> work) {
        return submit(work, true);
    }

    private <T> CompletableFuture<T> submit(Work<T> work, boolean urgent) {
        CompletableFuture<T> done = new CompletableFuture<>();
        if (closed) {
            done.completeExceptionally(new IllegalStateException("the switch store is closed"));
            return done;
        }
        jobs.add(new Job<>(work, done, urgent, submitted.getAndIncrement()));
        return done;
    }

    /** Runs {@code work} in the next group commit and waits for it to be durable. */
    public <T> T call(Work<T> work) {
        return join(submit(work));
    }

    /** Runs urgent {@code work} ({@link #submitUrgent}) and waits for it to be durable. */
    public <T> T callUrgent(Work<T> work) {
        return join(submitUrgent(work));
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new QueueStoreException("write failed: " + cause.getMessage(), cause);
        }
    }

    /** Number of commits (fsyncs) so far. */
    public long commits() {
        return commits.get();
    }

    /** Number of jobs committed so far: jobs / commits is the mean group size. */
    public long committedJobs() {
        return committedJobs.get();
    }

    private void loop() {
        List<Job<?>> group = new ArrayList<>(maxGroup);
        Object[] results = new Object[maxGroup];
        Throwable[] failures = new Throwable[maxGroup];
        boolean stop = false;
        while (!stop) {
            group.clear();
            try {
                Job<?> first = jobs.poll(1, TimeUnit.SECONDS);
                if (first == null) continue;
                group.add(first);
            } catch (InterruptedException e) {
                break;
            }
            if (group.get(0).urgent()) {
                // an urgent group holds urgent jobs only: nothing else makes it wait
                Job<?> next;
                while (group.size() < maxGroup && (next = jobs.peek()) != null && next.urgent()) {
                    group.add(jobs.poll());
                }
            } else {
                jobs.drainTo(group, maxGroup - 1);
            }
            int stopAt = group.indexOf(stopMarker);
            if (stopAt >= 0) {
                stop = true;
                // Jobs queued after the stop marker are failed below, as after close.
                group.subList(stopAt, group.size()).clear();
            }
            if (group.isEmpty()) break;
            runGroup(group, results, failures);
        }
        failPending();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void runGroup(List<Job<?>> group, Object[] results, Throwable[] failures) {
        Connection c = tx.connection();
        List<Runnable> after;
        boolean urgentGroup = group.get(0).urgent();
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            for (int i = 0; i < group.size(); i++) {
                if (i > 0 && !urgentGroup && urgentWaiting()) {
                    // Pre-empted: the rest goes back (keeping its order) and the urgent jobs run now, sharing the
                    // commit of the work already done — which costs them no CPU, and saves them an fsync.
                    List<Job<?>> rest = group.subList(i, group.size());
                    jobs.addAll(rest);
                    rest.clear();
                    Job<?> next;
                    while (group.size() < maxGroup && (next = jobs.peek()) != null && next.urgent()) {
                        group.add(jobs.poll());
                    }
                    urgentGroup = true;
                }
                int mark = tx.mark();
                st.execute("SAVEPOINT job");
                try {
                    results[i] = group.get(i).work().run(tx);
                    failures[i] = null;
                    st.execute("RELEASE job");
                } catch (Exception e) {
                    failures[i] = e;
                    st.execute("ROLLBACK TO job");
                    st.execute("RELEASE job");
                    tx.dropAfter(mark);
                }
            }
            st.execute("COMMIT");
            commits.incrementAndGet();
            after = tx.drainAfterCommit();
        } catch (SQLException | RuntimeException e) {
            tx.drainAfterCommit();
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            } catch (SQLException ignored) {
                // no transaction left to roll back
            }
            QueueStoreException failure = new QueueStoreException("commit failed: " + e.getMessage(), e);
            for (Job<?> job : group) job.done().completeExceptionally(failure);
            return;
        }
        for (Runnable r : after) {
            try {
                r.run();
            } catch (RuntimeException e) {
                // An after-commit action (an event listener) must not undo or block what is committed.
                System.getLogger(GroupCommitter.class.getName())
                        .log(System.Logger.Level.WARNING, "after-commit action failed", e);
            }
        }
        int ok = 0;
        for (int i = 0; i < group.size(); i++) {
            if (failures[i] == null) ok++;
        }
        committedJobs.addAndGet(ok);
        for (int i = 0; i < group.size(); i++) {
            Job job = group.get(i);
            if (failures[i] == null) {
                job.done().complete(results[i]);
            } else {
                job.done().completeExceptionally(failures[i]);
            }
            results[i] = null;
            failures[i] = null;
        }
    }

    private boolean urgentWaiting() {
        Job<?> head = jobs.peek();
        return head != null && head.urgent();
    }

    private void failPending() {
        closed = true;
        List<Job<?>> rest = new ArrayList<>();
        jobs.drainTo(rest);
        for (Job<?> job : rest) {
            job.done().completeExceptionally(new IllegalStateException("the switch store is closed"));
        }
        tx.closeStatements();
    }

    /** Commits what is queued, then stops the thread. */
    @Override
    public void close() {
        if (closed) return;
        jobs.add(stopMarker);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
    }
}
