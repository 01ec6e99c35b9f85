package org.chancery.server;

import io.javalin.Javalin;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import org.chancery.server.auth.Auth;

import java.util.ArrayList;
import java.util.List;

/**
 * The API's routes. Resources add theirs with {@link #add}; {@link #registerOn} puts them on the app with the
 * access check in front of each handler, and {@link OpenApi} describes exactly the same list.
 *
 * <pre>{@code
 * routes.add(HandlerType.GET, "/api/v1/cables/{id}", "cables", "A cable as JSON", Access.USER, this::show)
 *       .path("id", "the cable id, e.g. 09PRAGUE589")
 *       .query("version", "integer", false, "a version number (default: the current one)");
 * }</pre>
 */
public final class RouteTable {

    private final List<Builder> builders = new ArrayList<>();

    public Builder add(HandlerType method, String path, String tag, String summary, Access access, Handler handler) {
        Builder b = new Builder(method, path, tag, summary, access, handler);
        builders.add(b);
        return b;
    }

    public List<Route> routes() {
        return builders.stream().map(Builder::build).toList();
    }

    public void registerOn(Javalin app) {
        for (Route r : routes()) {
            Access access = r.access();
            Handler inner = r.handler();
            Handler guarded = access.authenticated() ? ctx -> {
                if (access.role() == null) Auth.principal(ctx);
                else Auth.require(ctx, access.role());
                inner.handle(ctx);
            } : inner;
            app.addHttpHandler(r.method(), r.path(), guarded);
        }
    }

    public static final class Builder {
        private final HandlerType method;
        private final String path;
        private final String tag;
        private final String summary;
        private final Access access;
        private final Handler handler;
        private final List<Route.Param> params = new ArrayList<>();
        private List<Route.Param> body;
        private String produces = "application/json";

        Builder(HandlerType method, String path, String tag, String summary, Access access, Handler handler) {
            this.method = method;
            this.path = path;
            this.tag = tag;
            this.summary = summary;
            this.access = access;
            this.handler = handler;
        }

        public Builder path(String name, String description) {
            params.add(new Route.Param(name, "path", "string", true, description));
            return this;
        }

        public Builder query(String name, String type, boolean required, String description) {
            params.add(new Route.Param(name, "query", type, required, description));
            return this;
        }

        /** A field of the JSON request body. */
        public Builder field(String name, String type, boolean required, String description) {
            if (body == null) body = new ArrayList<>();
            body.add(new Route.Param(name, "body", type, required, description));
            return this;
        }

        public Builder produces(String mediaType) {
            this.produces = mediaType;
            return this;
        }

        Route build() {
            return new Route(method, path, tag, summary, access, params, body, produces, handler);
        }
    }
}
