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

    @Override
    public void started(long total) {
    }

    @Override
    public abstract void progress(long done, long total);

    @Override
    public abstract void close();

    private static final class Bar extends ProgressReport {
        private final String task;
        private ProgressBar bar;

        Bar(String task) {
            this.task = task;
        }

        @Override
        public void started(long total) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setUnit(" cables", 1)
                    .setStyle(ProgressBarStyle.ASCII).showSpeed().setUpdateIntervalMillis(250).continuousUpdate()
                    .build();
        }

        @Override
        public void progress(long done, long total) {
            if (bar != null) bar.stepTo(done);
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }

    private static final class Lines extends ProgressReport {
        private final String task;
        private final PrintWriter err;
        private final long start = System.nanoTime();
        private long last = start;

        Lines(String task, PrintWriter err) {
            this.task = task;
            this.err = err;
        }

        @Override
        public void progress(long done, long total) {
            long now = System.nanoTime();
            if (now - last < PLAIN_INTERVAL_NANOS || done >= total) return;
            last = now;
            double seconds = (now - start) / 1e9;
            double rate = done / seconds;
            long left = rate > 0 ? Math.round((total - done) / rate) : -1;
            err.println(String.format(Locale.ROOT, "%s: %,d of %,d cables, %,.0f/s, about %d s left",
                    task, done, total, rate, left));
            err.flush();
        }

        @Override
        public void close() {
        }
    }
}
