package org.chancery.server;

import org.chancery.security.Role;

/**
 * Who may call a route: anyone, any logged-in user, or a user with one role. Checked once, where routes are
 * registered ({@link RouteTable}), before the handler runs; what a user may <em>read</em> is decided later, per
 * cable, by the reading gate.
 */
public record Access(boolean authenticated, Role role) {

    public static final Access PUBLIC = new Access(false, null);
    public static final Access USER = new Access(true, null);

    public static Access role(Role role) {
        return new Access(true, role);
    }

    public String describe() {
        if (!authenticated) return "public";
        return role == null ? "any logged-in user" : "role " + role.name();
    }
}
