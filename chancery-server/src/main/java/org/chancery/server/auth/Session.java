package org.chancery.server.auth;

import java.time.Instant;

/**
 * A browser session: its id (the cookie's value), the user logged in (null before login: an anonymous session
 * exists only to carry the CSRF token of the login form), the synchronizer CSRF token, and when it began and was
 * last used.
 */
public final class Session {

    private final String id;
    private final String userId;
    private final String csrfToken;
    private final Instant created;
    private volatile Instant lastSeen;

    Session(String id, String userId, String csrfToken, Instant created) {
        this.id = id;
        this.userId = userId;
        this.csrfToken = csrfToken;
        this.created = created;
        this.lastSeen = created;
    }

    public String id() {
        return id;
    }

    public String userId() {
        return userId;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public Instant created() {
        return created;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }
}
