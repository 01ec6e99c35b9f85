package org.chancery.archive.ingest;

import java.time.Duration;

/**
 * How ingest runs: threads parsing (default: one per core), cables per store transaction, and how often the
 * index commits (each index commit makes its high-water mark durable; in between, a crash costs a replay).
 */
public record IngestOptions(int parseThreads, int batchSize, Duration indexCommitInterval) {

    public IngestOptions {
        if (parseThreads < 1) throw new IllegalArgumentException("parseThreads must be at least 1");
        if (batchSize < 1) throw new IllegalArgumentException("batchSize must be at least 1");
    }

    public static IngestOptions defaults() {
        return new IngestOptions(Runtime.getRuntime().availableProcessors(), 1_000, Duration.ofSeconds(10));
    }

    public IngestOptions withIndexCommitInterval(Duration interval) {
        return new IngestOptions(parseThreads, batchSize, interval);
    }

    public IngestOptions withBatchSize(int size) {
        return new IngestOptions(parseThreads, size, indexCommitInterval);
    }
}
