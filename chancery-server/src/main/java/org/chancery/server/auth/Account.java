package org.chancery.server.auth;

import org.chancery.security.Principal;

/**
 * A user who can log in: their principal (what they may read and do), their Argon2id password hash (null: no
 * password, log in only with an API token) and whether the account is disabled.
 */
public record Account(Principal principal, String passwordHash, boolean disabled) {

    public String id() {
        return principal.id();
    }

    public Account withPasswordHash(String hash) {
        return new Account(principal, hash, disabled);
    }

    public Account withPrincipal(Principal p) {
        return new Account(p, passwordHash, disabled);
    }
}
