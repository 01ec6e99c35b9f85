package org.chancery.switching.network;

import org.chancery.security.Principal;

/**
 * A user named in the network file, until the store of record keeps users (issue 4): the principal (clearance,
 * roles, memberships) that {@code --as USER} stands for.
 */
public record NetworkUser(Principal principal) {

    public String id() {
        return principal.id();
    }
}
