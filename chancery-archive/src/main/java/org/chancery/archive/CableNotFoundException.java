package org.chancery.archive;

/**
 * The archive has no such cable (or no such version of it). Every read of a cable by id goes through one
 * lookup that throws this, so that later a cable the reader may not see can answer exactly the same way.
 */
public final class CableNotFoundException extends RuntimeException {

    public CableNotFoundException(String message) {
        super(message, null, false, false);
    }
}
