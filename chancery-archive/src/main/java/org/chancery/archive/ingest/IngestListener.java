package org.chancery.archive.ingest;

/** Follows an ingest: told the number of inputs once they are counted, then how many are done, now and then. */
public interface IngestListener {

    IngestListener NONE = new IngestListener() {
    };

    /** The number of cable inputs found (files and archive entries). */
    default void started(long total) {
    }

    /** {@code done} of {@code total} inputs have been through the store. */
    default void progress(long done, long total) {
    }

    /** Called once at the end, before the summary is returned. */
    default void finished(IngestSummary summary) {
    }
}
