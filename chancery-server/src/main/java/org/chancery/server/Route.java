package org.chancery.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

import java.util.List;

/**
 * One API route as registered and as documented: the OpenAPI document is generated from the same records that
 * register the handlers, so the two cannot drift apart.
 *
 * @param produces the media type of a 2xx answer ({@code application/json}, {@code text/plain})
 * @param body     the JSON request body's fields as documented, or null when the route takes none
 */
public record Route(HandlerType method, String path, String tag, String summary, Access access,
                    List<Param> params, List<Param> body, String produces, Handler handler) {

    public Route {
        params = List.copyOf(params);
        body = body == null ? null : List.copyOf(body);
    }

    /** A path, query or body parameter; {@code type} is an OpenAPI type (string, integer, boolean, array). */
    public record Param(String name, String in, String type, boolean required, String description) {
    }
}
