package org.chancery.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;

/**
 * RFC 9457 problem documents ({@code application/problem+json}): {@code type}, {@code title}, {@code status},
 * {@code detail}, {@code instance}. One writer for handlers, the exception mapper and Jetty's own error page, so
 * that every error the server gives has the same shape.
 */
public final class Problems {

    public static final String CONTENT_TYPE = "application/problem+json";
    /** Problem types are relative URIs under this prefix; docs/api.md lists them. */
    public static final String TYPE_PREFIX = "/problems/";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {
    }

    public static void write(Context ctx, ApiException e) {
        write(ctx, e.status(), e.type(), e.title(), e.detail());
    }

    public static void write(Context ctx, int status, String type, String title, String detail) {
        ctx.status(status);
        ctx.contentType(CONTENT_TYPE);
        ctx.result(body(status, type, title, detail, safeInstance(ctx.path())));
    }

    /** The problem document as bytes (also used where no Javalin context exists). */
    public static byte[] body(int status, String type, String title, String detail, String instance) {
        ObjectNode n = JSON.createObjectNode();
        n.put("type", TYPE_PREFIX + type);
        n.put("title", title);
        n.put("status", status);
        n.put("detail", detail == null ? title : detail);
        if (instance != null) n.put("instance", instance);
        try {
            return JSON.writeValueAsBytes(n);
        } catch (Exception e) {
            return ("{\"type\":\"" + TYPE_PREFIX + "internal\",\"title\":\"Internal error\",\"status\":500}")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The request path, cut to a sane length: an instance must not echo a megabyte back. */
    static String safeInstance(String path) {
        if (path == null) return null;
        return path.length() <= 200 ? path : path.substring(0, 200) + "…";
    }

    /** A value quoted in a detail, cut to a sane length. */
    public static String quote(String value) {
        if (value == null) return "nothing";
        String v = value.length() <= 80 ? value : value.substring(0, 80) + "…";
        return "'" + v + "'";
    }
}
