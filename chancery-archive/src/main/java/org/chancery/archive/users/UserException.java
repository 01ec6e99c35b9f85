package org.chancery.archive.users;

/** A user-management request that cannot be done (unknown user, bad value, nothing to change), said plainly. */
public final class UserException extends RuntimeException {

    public UserException(String message) {
        super(message, null, false, false);
    }
}
