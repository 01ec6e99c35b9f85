package org.chancery.archive;

import org.chancery.archive.store.StoredReference;

/** A REF item of a cable and whether the cable it cites is in the archive (false when it cites no cable id). */
public record ResolvedReference(StoredReference reference, boolean present) {
}
