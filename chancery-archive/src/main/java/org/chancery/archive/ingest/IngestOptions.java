package org.chancery.archive.ingest;

import java.time.Duration;

/**
 * How ingest runs: threads parsing (default: one per core), cables per store transaction, and how often the
 * index commits (each index commit makes its high-water mark durable; in between, a crash costs a replay).
 *
 * <p>The default commits every 60 s (and at the end). A commit writes out every buffered segment, however small:
 * every 10 s, a bulk load flushed two small segments per commit (the writer's RAM buffer never filled) and spent
 * the difference merging them; measured at 100,000 cables, 10 s against 60 s cost about 15% more CPU in all.
 * A crash costs at most a minute of replay; searches see a bulk load's cables up to a minute late.
 */
public record IngestOptions(int parseThreads, int batchSize, Duration indexCommitInterval) {

    public IngestOptions {
        if (parseThreads < 1) throw new IllegalArgumentException("parseThreads must be at least 1");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 1_000, Duration.ofSeconds(60));
    }

    public IngestOptions withIndexCommitInterval(Duration interval) {
        return new IngestOptions(parseThreads, batchSize, interval);
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(parseThreads, size, indexCommitInterval);
    }
}
