package org.chancery.archive.store;

/**
 * What the store did with one offered version: stored it as the first version of a new cable, as a new version
 * of a known one, or nothing because that text was already stored for the id. {@code version} and {@code seq}
 * are those of the stored version (for UNCHANGED, of the existing version with that text).
 */
public record WriteOutcome(Kind kind, String id, int version, long seq) {

    public enum Kind { NEW, UPDATED, UNCHANGED }
}
