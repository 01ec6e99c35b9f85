package org.chancery.archive.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Something computed once per segment and kept while the segment is open: keyed by the segment's core, so the
 * readers of later commits share what their unchanged segments already have, and dropped when the core closes.
 * Deletions do not change the core: what is kept must not depend on which documents are live.
 */
final class PerSegment<T> {

    interface Builder<T> {
        /** The value for the segment, or null when there is none (then it is not asked again). */
        T build(LeafReader reader) throws IOException;
    }

    private final Map<IndexReader.CacheKey, Optional<T>> kept = new ConcurrentHashMap<>();
    private final Builder<T> builder;

    PerSegment(Builder<T> builder) {
        this.builder = builder;
    }

    /** The segment's value (null if it has none), built on first use. */
    T get(LeafReader reader) throws IOException {
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null) return builder.build(reader);
        Optional<T> value = kept.get(core.getKey());
        if (value == null) {
            try {
                value = kept.computeIfAbsent(core.getKey(), key -> {
                    try {
                        return Optional.ofNullable(builder.build(reader));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            core.addClosedListener(kept::remove);
        }
        return value.orElse(null);
    }
}
