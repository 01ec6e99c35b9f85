package org.chancery.archive.store;

/** The store failed (a database error, a full disk): nothing callers can repair, so unchecked. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
