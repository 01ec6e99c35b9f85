package org.chancery.switching.queue;

/** The switch's store could not be opened, read or written: the cause says why. */
public final class QueueStoreException extends RuntimeException {

    public QueueStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
