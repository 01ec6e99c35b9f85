package org.chancery.archive.users;

import org.chancery.security.Principal;

/** A user of the archive: the principal the access decision reads, and a name for people. */
public record User(String displayName, Principal principal) {

    public String id() {
        return principal.id();
    }
}
