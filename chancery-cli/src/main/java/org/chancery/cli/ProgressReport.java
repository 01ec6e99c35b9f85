package org.chancery.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.ingest.IngestListener;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress of a long command (ingest, declassify) on standard error: on a terminal a bar with rate and time
 * left; otherwise (a log, a pipe) a plain line every few seconds. Closed at the end, to leave the terminal tidy.
 */
abstract sealed class ProgressReport implements IngestListener, Declassifier.Progress, AutoCloseable {

    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;

    /** The report for {@code task} ("ingest", "declassify"), counting cables. */
    static ProgressReport of(String task, PrintWriter err) {
        return System.console() != null ? new Bar(task) : new Lines(task, err);
    }

    /** The run's main phase: {@code total} cables to go through. */
    @Override
    public void started(long total) {
        start(null, total);
    }

    @Override
    public void progress(long done, long total) {
        step(done, total);
    }

    /** A declassification run first reads the E.O. lines of new versions: a phase of its own. */
    @Override
    public void reading(long done, long total) {
        if (done == 0) start("read E.O. lines", total);
        step(done, total);
        if (done >= total) end();
    }

    /** Starts a phase ({@code null}: the task itself) of {@code total} cables. */
    abstract void start(String phase, long total);

    abstract void step(long done, long total);

    /** Ends the phase in progress. */
    abstract void end();

    @Override
    public void close() {
        end();
    }

    private static final class Bar extends ProgressReport {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        void start(String phase, long total) {
            end();
            bar = new ProgressBarBuilder().setTaskName(phase == null ? task : task + ": " + phase)
                    .setInitialMax(total).setUnit(" cables", 1).setStyle(ProgressBarStyle.ASCII).showSpeed()
                    .setUpdateIntervalMillis(250).continuousUpdate().build();
        }

        @Override
        void step(long done, long total) {
            if (bar != null) bar.stepTo(done);
        }

        @Override
        void end() {
            if (bar != null) bar.close();
            bar = null;
        }
    }

    private static final class Lines extends ProgressReport {
        private final String task;
        private final PrintWriter err;
        private String name;
        private long start = System.nanoTime();
        private long last = start;

        Lines(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
            this.name = task;
        }

        @Override
        void start(String phase, long total) {
            name = phase == null ? task : task + ": " + phase;
            start = System.nanoTime();
            last = start;
        }

        @Override
        void step(long done, long total) {
            long now = System.nanoTime();
            if (now - last < PLAIN_INTERVAL_NANOS || done >= total) return;
            last = now;
            double seconds = (now - start) / 1e9;
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((total - done) / rate) : -1;
            err.println(String.format(Locale.ROOT, "%s: %,d of %,d cables, %,.0f/s, about %d s left",
                    name, done, total, rate, left));
            err.flush();
        }

        @Override
        void end() {
        }
    }
}
