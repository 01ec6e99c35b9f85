package org.chancery.server.auth;

import io.javalin.http.Context;
import org.chancery.archive.secure.Viewer;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.ApiException;

import java.util.Optional;

/**
 * How a handler (API or page) learns who is asking. {@link Authenticator} has run before every handler and left
 * the account (if any) and the session (if any) on the context.
 *
 * <pre>{@code
 * Principal me = Auth.principal(ctx);          // 401 problem when nobody is logged in
 * Auth.require(ctx, Role.AUDITOR);              // 403 problem without the role
 * Optional<Account> who = Auth.account(ctx);    // for pages that show a login link instead
 * String token = Auth.csrfToken(ctx);           // for a form's hidden _csrf field (makes a session if needed)
 * }</pre>
 */
public final class Auth {

    static final String ACCOUNT = "chancery.account";
    static final String SESSION = "chancery.session";
    static final String VIA = "chancery.via";
    static final String AUTHENTICATOR = "chancery.authenticator";

    /** How the request was authenticated. */
    public enum Via { NONE, SESSION, BEARER }

    private Auth() {
    }

    public static Optional<Account> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    /** The logged-in principal; a 401 problem when there is none. */
    public static Principal principal(Context ctx) {
        Account a = ctx.attribute(ACCOUNT);
        if (a == null) throw ApiException.unauthenticated("log in (POST /api/v1/session) or send 'Authorization: Bearer TOKEN'");
        return a.principal();
    }

    /** The logged-in principal as a viewer of the archive's gate; a 401 problem when there is none. */
    public static Viewer viewer(Context ctx) {
        return Viewer.as(principal(ctx));
    }

    /** The logged-in principal, who must hold {@code role}; 401 or 403 problem otherwise. */
    public static Principal require(Context ctx, Role role) {
        Principal p = principal(ctx);
        if (!p.hasRole(role)) throw ApiException.forbidden("this needs the role " + role.name());
        return p;
    }

    /** The user id for logs ({@code -} when anonymous). */
    public static String userId(Context ctx) {
        Account a = ctx.attribute(ACCOUNT);
        return a == null ? "-" : a.id();
    }

    public static Via via(Context ctx) {
        Via v = ctx.attribute(VIA);
        return v == null ? Via.NONE : v;
    }

    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }

    /**
     * The CSRF token to put in a form ({@code <input type="hidden" name="_csrf">}) or in htmx's
     * {@code hx-headers='{"X-CSRF-Token": "…"}'}. Before login this makes an anonymous session, so that the login
     * form is protected too.
     */
    public static String csrfToken(Context ctx) {
        Session s = ctx.attribute(SESSION);
        if (s == null) {
            Authenticator a = ctx.attribute(AUTHENTICATOR);
            s = a.startSession(ctx, null);
        }
        return s.csrfToken();
    }
}
