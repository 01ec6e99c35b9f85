package org.chancery.archive.store;

import org.chancery.cable.model.ReferenceKind;

/**
 * One REF item of a stored version: the citing cable, its place in the list (0-based), its letter (or null),
 * what kind of document it cites, the cited cable's canonical id (null when not a cable or not understood) and
 * the item as written.
 */
public record StoredReference(String citingId, int ordinal, String letter, ReferenceKind kind, String citedId,
                              String text) {
}
