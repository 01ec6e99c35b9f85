package org.chancery.server.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code GET /health}: each part of the server (store, index, switch…) says whether it is up and a few figures;
 * 200 when all are up, 503 otherwise. Public and cheap, for load balancers and monitors; it names no cable.
 */
public final class Health {

    /** What one check found. */
    public record Status(boolean up, Map<String, Object> details) {
        public static Status up(Map<String, Object> details) {
            return new Status(true, details);
        }

        public static Status down(String why) {
            return new Status(false, Map.of("error", why));
        }
    }

    private final Map<String, Supplier<Status>> checks = new LinkedHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    public Health add(String name, Supplier<Status> check) {
        checks.put(name, check);
        return this;
    }

    public void handle(Context ctx) {
        ObjectNode out = json.createObjectNode();
        ObjectNode parts = json.createObjectNode();
        boolean all = true;
        for (var e : checks.entrySet()) {
            Status s;
            try {
                s = e.getValue().get();
            } catch (RuntimeException ex) {
                s = Status.down(ex.getClass().getSimpleName() + ": " + ex.getMessage());
            }
            all &= s.up();
            ObjectNode n = parts.putObject(e.getKey());
            n.put("status", s.up() ? "UP" : "DOWN");
            s.details().forEach((k, v) -> n.set(k, json.valueToTree(v)));
        }
        out.put("status", all ? "UP" : "DOWN");
        out.set("checks", parts);
        ctx.status(all ? 200 : 503).json(out);
    }
}
