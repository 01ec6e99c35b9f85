package org.chancery.server.ops;

import org.chancery.archive.declass.Declassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The daily declassification job: once at start and then every day at 00:05 UTC it runs {@link Run} as of that
 * day, on one daemon thread. The run is the archive's {@code Declassifier.run(asOf)}; the server only schedules it.
 */
public final class DailyDeclassification implements AutoCloseable {

    /** One run as of a date, telling {@code progress} how far it is; returns a one-line summary for the log. */
    @FunctionalInterface
    public interface Run {
        String run(LocalDate asOf, Declassifier.Progress progress);
    }

    /** A long run (the first over a mature archive declassifies hundreds of thousands) logs this often. */
    private static final long LOG_INTERVAL_NANOS = 30_000_000_000L;

    /** The user the job's declassifications are recorded under in the audit log. */
    public static final String USER = "system-declassification";

    private static final Logger LOG = LoggerFactory.getLogger(DailyDeclassification.class);

    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "daily-declassification");
        t.setDaemon(true);
        return t;
    });
    private final Clock clock;
    private final Run run;
    private volatile String last = "not run yet";

    public DailyDeclassification(Clock clock, Run run) {
        this.clock = clock;
        this.run = run;
    }

    public void start() {
        executor.execute(this::runOnce);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ZoneOffset.UTC));
        ZonedDateTime next = now.toLocalDate().plusDays(1).atTime(0, 5).atZone(ZoneOffset.UTC);
        executor.scheduleAtFixedRate(this::runOnce, Duration.between(now, next).toMillis(),
                TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    }

    void runOnce() {
        LocalDate asOf = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        try {
            last = run.run(asOf, new Declassifier.Progress() {
                private long logged = System.nanoTime();

                @Override
                public void reading(long done, long total) {
                    report(String.format(Locale.ROOT, "declassification as of %s: read the E.O. lines of %,d of %,d "
                            + "new cable versions", asOf, done, total));
                }

                @Override
                public void progress(long done, long total) {
                    report(String.format(Locale.ROOT, "declassifying as of %s: %,d of %,d cables", asOf, done, total));
                }

                /** last() says how far a run is; the log says it now and then. */
                private void report(String state) {
                    last = state;
                    if (System.nanoTime() - logged >= LOG_INTERVAL_NANOS) {
                        logged = System.nanoTime();
                        LOG.info(state);
                    }
                }
            });
            LOG.info(last);
        } catch (RuntimeException e) {
            last = "declassification failed: " + e.getMessage();
            LOG.error("declassification failed", e);
        }
    }

    /** The summary of the last run, or how far the run in progress is. */
    public String last() {
        return last;
    }

    /** Cancels the next runs and waits for one in progress to finish (it writes the store and the audit log). */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.MINUTES)) LOG.warn("declassification still running at shutdown");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
