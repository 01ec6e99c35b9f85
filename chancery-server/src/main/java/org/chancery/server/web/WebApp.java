package org.chancery.server.web;

import io.javalin.Javalin;
import org.chancery.server.ServerContext;

/**
 * The web application's pages (jte + htmx), registered on the same app as the API. Pages get the current user
 * with {@code Auth.account(ctx)} / {@code Auth.principal(ctx)}, put {@code Auth.csrfToken(ctx)} in every form,
 * and read cables only through {@code context.gate()}. See docs/server.md.
 */
public final class WebApp {

    private WebApp() {
    }

    public static void register(Javalin app, ServerContext context) {
        app.get("/", ctx -> ctx.html("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Chancery</title></head>
                <body><h1>Chancery</h1><p>The web application is coming. Meanwhile:
                <a href="/api/docs">the API</a>, <a href="/health">health</a>.</p></body></html>
                """));
    }
}
