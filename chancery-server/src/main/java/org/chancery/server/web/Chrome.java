package org.chancery.server.web;

import io.javalin.http.Context;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.auth.Account;
import org.chancery.server.auth.Auth;
import org.chancery.switching.delivery.InboxEntry;

import java.util.List;
import java.util.Optional;

/**
 * What every page's frame shows: the title, who is logged in (and what their roles open in the menu), the CSRF
 * token for forms and htmx, and the FLASH alerts of the user's posts that still await acknowledgment (a banner on
 * every page until acknowledged).
 *
 * @param nav the menu entry of the page ({@code search}, {@code inbox}, {@code drafts}, …) for aria-current
 */
public record Chrome(String title, String nav, Principal user, String csrf, List<InboxEntry> flashes) {

    static Chrome of(Context ctx, WebContext web, String title, String nav) {
        Optional<Account> who = Auth.account(ctx);
        Principal p = who.map(Account::principal).orElse(null);
        List<InboxEntry> flashes = p == null ? List.of() : web.switching().flashAlerts(p);
        return new Chrome(title, nav, p, Auth.csrfToken(ctx), flashes);
    }

    public boolean loggedIn() {
        return user != null;
    }

    public boolean has(String role) {
        return user != null && user.hasRole(Role.valueOf(role));
    }

    public String current(String entry) {
        return entry.equals(nav) ? "page" : null;
    }
}
