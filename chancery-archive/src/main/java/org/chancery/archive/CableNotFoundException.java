package org.chancery.archive;

/**
 * The archive has no such cable (or no such version of it). Every read of a cable by id goes through one
 * lookup that throws this, so that later a cable the reader may not see can answer exactly the same way.
 */
public final class CableNotFoundException extends RuntimeException {

    public CableNotFoundException(String message) {
        super(message, null, false, false);
    }

    /**
     * The one answer to an id (and version) the archive does not have, or that the reader may not see: the same
     * message either way, so that nothing tells the two apart.
     */
    public static CableNotFoundException of(String id, Integer version) {
        return new CableNotFoundException(version == null
                ? "no cable " + id + " in the archive"
                : "no version " + version + " of cable " + id + " in the archive");
    }
}
