package org.chancery.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import org.chancery.archive.Archive;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.users.UserException;
import org.chancery.server.api.ApiResources;
import org.chancery.server.auth.Accounts;
import org.chancery.server.auth.Authenticator;
import org.chancery.server.auth.LoginThrottle;
import org.chancery.server.auth.PasswordHasher;
import org.chancery.server.auth.Sessions;
import org.chancery.server.ops.Health;
import org.chancery.server.ops.Metrics;
import org.chancery.server.ops.ProblemErrorHandler;
import org.chancery.server.ops.RequestLog;
import org.chancery.server.web.WebApp;
import org.chancery.switching.SwitchSystem;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The server: the app factory ({@link #create}) and a running instance ({@link #start}).
 *
 * <p>Request pipeline, in order: Jetty (malformed requests → problem documents by {@link ProblemErrorHandler}) →
 * {@link Authenticator#authenticate} (before every handler: bearer token or session cookie, CSRF check) → the
 * route's access check ({@link RouteTable}) → the handler → exceptions mapped to problem documents → one JSON
 * log line and the request timer ({@link RequestLog}, {@link Metrics}).
 */
public final class ChanceryServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChanceryServer.class);
    public static final String API = "/api/v1";

    private final Javalin app;
    private final ServerContext context;
    private final RouteTable routes;

    private ChanceryServer(Javalin app, ServerContext context, RouteTable routes) {
        this.app = app;
        this.context = context;
        this.routes = routes;
    }

    /**
     * The context of a server over an archive, the accounts of its users and the switch over both. The gate is the
     * archive's ({@link SecureArchive}) under the store's reading policy, recording in the archive's audit log.
     */
    public static ServerContext context(ServerConfig config, Archive archive, Accounts accounts,
                                        SwitchSystem switching) {
        Clock clock = Clock.systemUTC();
        if (config.policy() != null && config.policy() != accounts.users().policy()) {
            accounts.users().setPolicy(Viewer.LOCAL_ADMINISTRATOR.id(), config.policy());
        }
        SecureArchive gate = new SecureArchive(archive, accounts.users().policy());
        Authenticator auth = new Authenticator(accounts, new Sessions(clock, config.sessionIdle(), config.sessionAbsolute()),
                new LoginThrottle(clock, config.logins()), new PasswordHasher(config.passwords()), clock,
                config.behindTls());
        return new ServerContext(config, clock, archive, gate, accounts, auth, new Metrics(), switching);
    }

    /** Builds and starts the server; {@link #port()} tells the port when the config asked for any (0). */
    public static ChanceryServer start(ServerContext context) {
        RouteTable routes = new RouteTable();
        Javalin app = create(context, routes);
        app.start(context.config().host(), context.config().port());
        return new ChanceryServer(app, context, routes);
    }

    /** The app: every route, filter and error mapping, not started. */
    public static Javalin create(ServerContext context, RouteTable routes) {
        ObjectMapper json = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
        RequestLog requestLog = new RequestLog(context.clock(), context.config().requestLog());
        Metrics metrics = context.metrics();
        Javalin app = Javalin.create(cfg -> {
            cfg.showJavalinBanner = false;
            cfg.jsonMapper(new JavalinJackson(json, false));
            cfg.http.prefer405over404 = true;
            cfg.http.maxRequestSize = 1_000_000;
            cfg.staticFiles.enableWebjars();
            cfg.jetty.threadPool = threadPool(context.config().threads());
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new ProblemErrorHandler()));
            cfg.jetty.modifyServletContextHandler(h -> h.setErrorHandler(new ProblemErrorHandler()));
            cfg.requestLogger.http((ctx, ms) -> {
                requestLog.log(ctx, ms);
                metrics.request(ctx, ms);
            });
        });
        app.before(ChanceryServer::requireWellFormedEscapes);
        app.before(context.auth()::authenticate);

        for (Resource r : ApiResources.all(context)) r.routes(routes);
        Health health = health(context);
        routes.add(HandlerType.GET, API + "/openapi.json", "meta", "This OpenAPI document", Access.PUBLIC,
                ctx -> ctx.json(OpenApi.document(routes.routes(), version())));
        routes.registerOn(app);

        app.get("/health", health::handle);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.registry().scrape()));
        app.get("/api/docs", ctx -> ctx.html(SwaggerPage.HTML));
        WebApp.register(app, context);

        app.exception(ApiException.class, (e, ctx) -> Problems.write(ctx, e));
        app.exception(CableNotFoundException.class, (e, ctx) -> Problems.write(ctx, ApiException.cableNotFound(
                ctx.pathParamMap().getOrDefault("id", "?"))));
        app.exception(QuerySyntaxException.class, (e, ctx) -> Problems.write(ctx, 400, "bad-query", "Bad query",
                e.getMessage()));
        app.exception(UserException.class, (e, ctx) -> Problems.write(ctx, 400, "bad-request", "Bad request",
                e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> Problems.write(ctx, e.getStatus(),
                slug(e.getStatus()), title(e.getStatus()), detail(e, ctx)));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("internal error on {} {}", ctx.method(), RequestLog.template(ctx), e);
            Problems.write(ctx, 500, "internal", "Internal error", "the server failed; the log says why");
        });
        return app;
    }

    /** Jetty's threads: a bounded pool (see {@link ServerConfig#defaultThreads}), idle ones ending after a minute. */
    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(8, threads), 60_000);
        pool.setName("chancery-http");
        return pool;
    }

    /**
     * A path with a percent sign not followed by two hex digits ({@code /api/v1/drafts/%}) passes Jetty but makes
     * the router's decoding of path parameters throw: it is refused here, before routing, as the client's error.
     */
    static void requireWellFormedEscapes(io.javalin.http.Context ctx) {
        String raw = ctx.req().getRequestURI();
        if (raw == null) return;
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0
                    || Character.digit(raw.charAt(i + 2), 16) < 0) {
                throw ApiException.badRequest("the path has a malformed percent-escape at character " + (i + 1));
            }
        }
    }

    private static String detail(HttpResponseException e, io.javalin.http.Context ctx) {
        return switch (e.getStatus()) {
            case 404 -> "no such resource: " + Problems.quote(ctx.path());
            case 405 -> "method " + ctx.method().name() + " is not allowed here";
            case 413 -> "the request body is too large";
            default -> e.getMessage();
        };
    }

    private static String slug(int status) {
        return switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal" : "bad-request";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            default -> status >= 500 ? "Internal error" : "Bad request";
        };
    }

    private static Health health(ServerContext c) {
        Health h = new Health();
        h.add("store", () -> Health.Status.up(Map.of("cables", c.archive().store().cableCount(),
                "lastSeq", c.archive().store().lastSeq())));
        h.add("index", () -> {
            long mark = c.archive().index().committedSeq();
            long last = c.archive().store().lastSeq();
            return Health.Status.up(Map.of("committedSeq", mark, "behind", Math.max(0, last - mark)));
        });
        return h;
    }

    public static String version() {
        String v = ChanceryServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    public Javalin app() {
        return app;
    }

    public ServerContext context() {
        return context;
    }

    public List<Route> routes() {
        return routes.routes();
    }

    public int port() {
        return app.port();
    }

    public URI url() {
        return URI.create("http://" + context.config().host() + ":" + port() + "/");
    }

    @Override
    public void close() {
        app.stop();
    }
}
