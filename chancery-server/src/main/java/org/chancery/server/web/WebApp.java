package org.chancery.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Account;
import org.chancery.server.auth.Auth;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The web application's pages (jte + htmx), registered on the same app as the API. One class per page group:
 * {@link LoginPages}, {@link SearchPages}, {@link CablePages}, {@link InboxPages}, {@link DraftPages}, {@link ReviewPages},
 * {@link AuditPages}. Pages read
 * cables only through {@code context.gate()} and render only the redacted cable it returns. See docs/web.md.
 */
public final class WebApp {

    private WebApp() {
    }

    /** Registers the pages. */
    public static void register(Javalin app, ServerContext context) {
        Path dir = context.accounts().dir();
        WebContext web = new WebContext(context, new Templates(), SavedSearches.open(dir, context.clock()));
        app.events(e -> e.serverStopped(() -> web.savedSearches().close()));
        app.get("/", ctx -> ctx.redirect(Auth.account(ctx).isPresent() ? "/search" : "/login"));
        app.get("/static/chancery.css", ctx -> asset(ctx, "chancery.css", "text/css; charset=utf-8"));
        app.get("/static/chancery.js", ctx -> asset(ctx, "chancery.js", "text/javascript; charset=utf-8"));
        new LoginPages(web).register(app);
        new SearchPages(web).register(app);
        new CablePages(web).register(app);
        new InboxPages(web).register(app);
        new DraftPages(web).register(app);
        new ReviewPages(web).register(app);
        new AuditPages(web).register(app);
    }

    private static void asset(Context ctx, String name, String type) throws IOException {
        try (var in = WebApp.class.getResourceAsStream("/static/" + name)) {
            if (in == null) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "max-age=300").contentType(type).result(in.readAllBytes());
        }
    }

    /** The logged-in principal; without one, a redirect to the login page (coming back here) and null. */
    static Principal requireUser(Context ctx) {
        Optional<Account> a = Auth.account(ctx);
        if (a.isPresent()) return a.get().principal();
        String back = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        ctx.redirect("/login?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        return null;
    }

    /** The logged-in principal holding {@code role}; otherwise the login redirect or a 403 page, and null. */
    static Principal requireRole(Context ctx, WebContext web, Role role) {
        Principal p = requireUser(ctx);
        if (p == null) return null;
        if (p.hasRole(role)) return p;
        error(ctx, web, 403, "Not allowed", "This page needs the role " + role.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + ".");
        return null;
    }

    /**
     * The logged-in principal holding {@code role}; otherwise the login redirect, or for a user without the role
     * exactly the answer of a path that does not exist (the page is not there for them), and null.
     */
    static Principal requireHidden(Context ctx, Role role) {
        Principal p = requireUser(ctx);
        if (p == null) return null;
        if (p.hasRole(role)) return p;
        throw new NotFoundResponse();
    }

    /** An error as a page (the API answers problem documents; a browser gets this). */
    static void error(Context ctx, WebContext web, int status, String title, String message) {
        web.templates().render(ctx, status, "error.jte", new ErrorPage(Chrome.of(ctx, web, title, ""), status, title, message));
    }

    public record ErrorPage(Chrome chrome, int status, String title, String message) {
    }
}
