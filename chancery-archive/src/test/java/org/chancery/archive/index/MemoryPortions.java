package org.chancery.archive.index;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A store of record in memory for index tests: the portions of every document put through {@link #remember}. */
final class MemoryPortions implements PortionSource {

    private final Map<String, List<IndexDocument.Portion>> portions = new ConcurrentHashMap<>();

    /** Remembers the documents' portions by id and version; returns the documents, to be put into the index. */
    <C extends Collection<IndexDocument>> C remember(C documents) {
        for (IndexDocument d : documents) portions.put(key(d.id(), d.version()), d.portions());
        return documents;
    }

    @Override
    public List<IndexDocument.Portion> portions(String id, int version) {
        return portions.getOrDefault(key(id, version), List.of());
    }

    private static String key(String id, int version) {
        return id.toUpperCase(Locale.ROOT) + "#" + version;
    }
}
