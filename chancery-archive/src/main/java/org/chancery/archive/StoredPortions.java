package org.chancery.archive;

import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.SqliteDeclassifications;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.PortionSource;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredVersion;
import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;

import java.util.List;
import java.util.Optional;

/**
 * The portions of a stored version as the index receives them, read back from the store of record for the
 * snippets of a page of hits: the version's source parsed again and labelled by {@link IndexDocuments#of} under
 * that version's declassification, exactly as {@link Archive} indexes it. (Between a declassification's store
 * transaction and the put of its cables, the labels read here are already the declassification's: the store's,
 * which is authoritative.)
 */
public final class StoredPortions implements PortionSource {

    private final CableStore store;
    private final SqliteDeclassifications declassifications;

    /** {@code declassifications} null: the store keeps no declassifications (every cable at its markings). */
    public StoredPortions(CableStore store, SqliteDeclassifications declassifications) {
        this.store = store;
        this.declassifications = declassifications;
    }

    @Override
    public List<IndexDocument.Portion> portions(String id, int version) {
        Optional<StoredVersion> stored = store.version(id, version);
        if (stored.isEmpty()) return List.of();
        StoredVersion v = stored.get();
        ParsedCable parsed = v.parse();
        Declassified declassified = declassifications == null ? null
                : declassifications.declassification(id, version).orElse(null);
        return IndexDocuments.of(v.info().id(), parsed, CableFacts.of(parsed), version, v.info().seq(), declassified)
                .portions();
    }
}
