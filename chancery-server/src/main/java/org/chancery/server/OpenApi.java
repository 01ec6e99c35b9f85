package org.chancery.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Locale;

/** The OpenAPI 3.0 document of the API, generated from the {@link RouteTable}. */
public final class OpenApi {

    private OpenApi() {
    }

    public static ObjectNode document(List<Route> routes, String version) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Chancery API");
        info.put("version", version);
        info.put("description", "Diplomatic cables: search, read, draft, release, deliver. Every answer is "
                + "limited to what the caller may read; what they may not see answers as what does not exist. "
                + "Errors are RFC 9457 problem documents (application/problem+json).");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", "chancery_session");
        ObjectNode problem = components.putObject("schemas").putObject("Problem");
        problem.put("type", "object");
        ObjectNode props = problem.putObject("properties");
        for (String p : List.of("type", "title", "detail", "instance")) props.putObject(p).put("type", "string");
        props.putObject("status").put("type", "integer");

        ObjectNode paths = doc.putObject("paths");
        for (Route r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().name().toLowerCase(Locale.ROOT));
            op.put("summary", r.summary());
            op.put("description", "Access: " + r.access().describe() + ".");
            op.putArray("tags").add(r.tag());
            op.put("operationId", operationId(r));
            if (r.access().authenticated()) {
                ArrayNode security = op.putArray("security");
                security.addObject().putArray("bearer");
                security.addObject().putArray("session");
            }
            if (!r.params().isEmpty()) {
                ArrayNode params = op.putArray("parameters");
                for (Route.Param p : r.params()) {
                    ObjectNode n = params.addObject();
                    n.put("name", p.name());
                    n.put("in", p.in());
                    n.put("required", p.required());
                    n.put("description", p.description());
                    n.putObject("schema").put("type", p.type());
                }
            }
            if (r.body() != null) {
                ObjectNode schema = op.putObject("requestBody").put("required", true).putObject("content")
                        .putObject("application/json").putObject("schema");
                schema.put("type", "object");
                ObjectNode fields = schema.putObject("properties");
                ArrayNode required = json.createArrayNode();
                for (Route.Param f : r.body()) {
                    ObjectNode n = fields.putObject(f.name());
                    n.put("type", f.type());
                    if (f.type().equals("array")) n.putObject("items").put("type", "string");
                    n.put("description", f.description());
                    if (f.required()) required.add(f.name());
                }
                if (!required.isEmpty()) schema.set("required", required);
            }
            ObjectNode responses = op.putObject("responses");
            responses.putObject("200").put("description", "OK").putObject("content").putObject(r.produces())
                    .putObject("schema").put("type", r.produces().equals("application/json") ? "object" : "string");
            ObjectNode err = responses.putObject("4XX").put("description", "The request is wrong, not allowed, or "
                    + "names nothing the caller may see");
            err.putObject("content").putObject(Problems.CONTENT_TYPE).putObject("schema")
                    .put("$ref", "#/components/schemas/Problem");
        }
        return doc;
    }

    private static String operationId(Route r) {
        StringBuilder b = new StringBuilder(r.method().name().toLowerCase(Locale.ROOT));
        for (String part : r.path().replace("/api/v1/", "").split("/")) {
            String word = part.replace("{", "").replace("}", "");
            if (word.isEmpty()) continue;
            if (part.startsWith("{")) b.append("By");
            for (String w : word.split("-")) {
                if (!w.isEmpty()) b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
