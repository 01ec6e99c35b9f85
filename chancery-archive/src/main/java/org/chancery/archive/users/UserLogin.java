package org.chancery.archive.users;

/**
 * A user and their password hash (a PHC string; null when they have none), read together in one query: what the
 * server needs to authenticate a request or a login.
 */
public record UserLogin(User user, String passwordHash) {

    public String id() {
        return user.id();
    }
}
