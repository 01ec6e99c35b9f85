package org.chancery.server.auth;

import org.chancery.security.Principal;

/**
 * A user who can log in: their principal (what they may read and do, from the store's users) and their Argon2id
 * password hash (null: no password, log in only with an API token).
 */
public record Account(Principal principal, String passwordHash) {

    public String id() {
        return principal.id();
    }
}
