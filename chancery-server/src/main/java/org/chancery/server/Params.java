package org.chancery.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading request input with an exact 400 problem for anything malformed: query parameters, path parameters and
 * JSON bodies. Handlers never parse input themselves, so no input reaches them in a shape that makes them fail.
 */
public final class Params {

    /** The longest value any parameter or body field may have. */
    public static final int MAX_VALUE = 10_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private Params() {
    }

    public static String query(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v != null && v.length() > MAX_VALUE) throw ApiException.badParameter(name, "longer than " + MAX_VALUE + " characters");
        return v;
    }

    public static String requiredQuery(Context ctx, String name) {
        String v = query(ctx, name);
        if (v == null || v.isBlank()) throw ApiException.badParameter(name, "required");
        return v;
    }

    public static int intQuery(Context ctx, String name, int defaultValue, int min, int max) {
        String v = query(ctx, name);
        if (v == null || v.isEmpty()) return defaultValue;
        return toInt(name, v, min, max);
    }

    public static Integer optionalInt(Context ctx, String name, int min, int max) {
        String v = query(ctx, name);
        return v == null || v.isEmpty() ? null : toInt(name, v, min, max);
    }

    public static int toInt(String name, String v, int min, int max) {
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter(name, "not a whole number: " + Problems.quote(v));
        }
        if (n < min || n > max) throw ApiException.badParameter(name, "must be between " + min + " and " + max + ", not " + n);
        return (int) n;
    }

    public static String path(Context ctx, String name) {
        String v = ctx.pathParam(name);
        if (v.isEmpty() || v.length() > 200) throw ApiException.badParameter(name, "must be 1 to 200 characters");
        return v;
    }

    /** The JSON object of the request body; 415 unless it is JSON, 400 when it is malformed or not an object. */
    public static ObjectNode body(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported-media-type", "Unsupported media type",
                    "the body must be JSON (Content-Type: application/json), not " + Problems.quote(type));
        }
        byte[] bytes = bodyBytes(ctx);
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            throw ApiException.badRequest("the body is not valid UTF-8");
        }
        JsonNode node;
        try {
            node = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("the body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.badRequest("the body cannot be read: " + e.getMessage());
        }
        if (node == null || !node.isObject()) throw ApiException.badRequest("the body must be a JSON object");
        return (ObjectNode) node;
    }

    /**
     * The request body; a body that ends before its Content-Length (the client closed the connection) or cannot
     * be read is the client's error, a 400.
     */
    public static byte[] bodyBytes(Context ctx) {
        try {
            return ctx.bodyAsBytes();
        } catch (Exception e) { // Jetty's EofException is thrown unchecked through Kotlin
            throw ApiException.badRequest("the request body cannot be read: it ends before its Content-Length");
        }
    }

    public static String text(ObjectNode body, String field, boolean required) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) {
            if (required) throw ApiException.badParameter(field, "required");
            return null;
        }
        if (!n.isTextual()) throw ApiException.badParameter(field, "must be a string");
        String v = n.textValue();
        if (v.length() > MAX_VALUE) throw ApiException.badParameter(field, "longer than " + MAX_VALUE + " characters");
        if (required && v.isBlank()) throw ApiException.badParameter(field, "must not be empty");
        return v;
    }

    public static List<String> strings(ObjectNode body, String field) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return List.of();
        if (!n.isArray()) throw ApiException.badParameter(field, "must be an array of strings");
        List<String> out = new ArrayList<>();
        for (JsonNode e : n) {
            if (!e.isTextual()) throw ApiException.badParameter(field, "must be an array of strings");
            if (e.textValue().length() > MAX_VALUE) throw ApiException.badParameter(field, "an item is too long");
            out.add(e.textValue());
        }
        return out;
    }

    public static boolean bool(ObjectNode body, String field, boolean defaultValue) {
        JsonNode n = body.get(field);
        if (n == null || n.isNull()) return defaultValue;
        if (!n.isBoolean()) throw ApiException.badParameter(field, "must be true or false");
        return n.booleanValue();
    }
}
