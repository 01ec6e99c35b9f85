package org.chancery.archive.ingest;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did: cables stored for the first time, cables given a new version, cables whose text the store
 * already had, and inputs rejected (with file and reason); how long it took.
 */
public record IngestSummary(long added, long updated, long unchanged, List<Rejection> rejected, Duration elapsed) {

    public IngestSummary {
        rejected = List.copyOf(rejected);
    }

    public long total() {
        return added + updated + unchanged + rejected.size();
    }

    /** Cables (stored or not) per second. */
    public double rate() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds <= 0 ? 0 : total() / seconds;
    }
}
