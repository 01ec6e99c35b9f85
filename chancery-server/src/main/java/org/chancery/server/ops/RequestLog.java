package org.chancery.server.ops;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.http.Context;
import org.chancery.server.auth.Auth;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.util.function.Consumer;

/**
 * One JSON line per request: time, method, path template (the route, {@code /api/v1/cables/{id}}, never the
 * concrete path or the query string — those may name what the caller may not see or hold a query's text),
 * status, duration in milliseconds, user id. No header, cookie, token or body is ever logged.
 */
public final class RequestLog {

    private static final JsonFactory JSON = new JsonFactory();

    private final Clock clock;
    private final Consumer<String> sink;

    public RequestLog(Clock clock, Consumer<String> sink) {
        this.clock = clock;
        this.sink = sink;
    }

    public void log(Context ctx, float millis) {
        StringWriter w = new StringWriter(160);
        try (JsonGenerator g = JSON.createGenerator(w)) {
            g.writeStartObject();
            g.writeStringField("time", clock.instant().toString());
            g.writeStringField("method", ctx.method().name());
            g.writeStringField("path", template(ctx));
            g.writeNumberField("status", ctx.statusCode());
            g.writeNumberField("ms", Math.round(millis * 10) / 10.0);
            g.writeStringField("user", Auth.userId(ctx));
            g.writeEndObject();
        } catch (IOException e) {
            return;
        }
        sink.accept(w.toString());
    }

    /** The route that matched, or a fixed word for requests that matched none (their path is not logged). */
    public static String template(Context ctx) {
        try {
            String t = ctx.endpointHandlerPath();
            return t == null || t.isEmpty() || t.equals("*") ? "(unmatched)" : t;
        } catch (RuntimeException e) {
            return "(unmatched)";
        }
    }
}
