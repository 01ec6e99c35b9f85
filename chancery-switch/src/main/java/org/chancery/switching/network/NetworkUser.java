package org.chancery.switching.network;

import org.chancery.security.Principal;

/**
 * A user named in the network file: the principal (clearance, roles, memberships) that {@code --as USER} stands
 * for in a store that has no users of its own yet. Once the store of record has users, the workflow knows only
 * them ({@code SwitchSystem.user}).
 */
public record NetworkUser(Principal principal) {

    public String id() {
        return principal.id();
    }
}
