package org.chancery.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.server.ApiException;
import org.chancery.server.auth.Auth;

/**
 * {@code GET /login}, {@code POST /login}, {@code POST /logout}. The login form carries the CSRF token of an
 * anonymous session; the server core checks the password, throttles and locks out, and its message (wrong name or
 * password, or locked until when) is shown on the form.
 */
public final class LoginPages {

    public record LoginPage(Chrome chrome, String user, String next, String error, boolean locked) {
    }

    private final WebContext web;

    LoginPages(WebContext web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/login", ctx -> show(ctx, 200, null, null, false));
        app.post("/login", this::login);
        app.post("/logout", this::logout);
    }

    private void show(Context ctx, int status, String user, String error, boolean locked) {
        web.templates().render(ctx, status, "login.jte", new LoginPage(Chrome.of(ctx, web, "Log in", "login"),
                user == null ? "" : user, safeNext(ctx.queryParam("next") != null ? ctx.queryParam("next")
                : ctx.formParam("next")), error, locked));
    }

    private void login(Context ctx) {
        String user = ctx.formParam("user");
        String password = ctx.formParam("password");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            show(ctx, 400, user, "Give your user name and password.", false);
            return;
        }
        try {
            web.server().auth().login(ctx, user.strip(), password);
        } catch (ApiException e) {
            show(ctx, e.status(), user, e.detail(), e.status() == 429);
            return;
        }
        ctx.redirect(safeNext(ctx.formParam("next")), HttpStatus.SEE_OTHER);
    }

    private void logout(Context ctx) {
        web.server().auth().logout(ctx);
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
    }

    /** Only a path of this site (never {@code //host} or a scheme): no open redirect. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.contains("\n") || next.contains("\r")) return "/search";
        return next;
    }
}
