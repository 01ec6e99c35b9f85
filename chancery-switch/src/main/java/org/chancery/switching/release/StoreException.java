package org.chancery.switching.release;

/** The switch's store failed (cannot open, disk full, corrupt file…). */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
