package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class OpsTest {

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 30);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void openApiListsExactlyTheRegisteredApiRoutes() {
        JsonNode doc = TestServer.json(t.get("/api/v1/openapi.json", null));
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = doc.get("paths").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            path.getValue().fieldNames().forEachRemaining(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey()));
        }
        Set<String> registered = new HashSet<>();
        for (ParsedEndpoint e : t.server.app().unsafeConfig().pvt.internalRouter.allHttpHandlers()) {
            String path = e.getEndpoint().getPath();
            if (path.startsWith("/api/v1/")) registered.add(e.getEndpoint().getMethod().name() + " " + path);
        }
        assertThat(registered).isNotEmpty();
        assertThat(documented).isEqualTo(registered);
        // Every documented path parameter is in its path, and every path parameter is documented.
        doc.get("paths").fields().forEachRemaining(p -> p.getValue().forEach(op -> {
            long inPath = p.getKey().chars().filter(c -> c == '{').count();
            long params = 0;
            if (op.has("parameters")) for (JsonNode q : op.get("parameters")) if (q.get("in").asText().equals("path")) {
                params++;
                assertThat(p.getKey()).contains("{" + q.get("name").asText() + "}");
            }
            assertThat(params).as(p.getKey()).isEqualTo(inPath);
        }));
    }

    @Test
    void swaggerUiIsServed() {
        HttpResponse<String> page = t.get("/api/docs", null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("/api/v1/openapi.json");
        assertThat(t.get("/webjars/swagger-ui/5.32.6/swagger-ui-bundle.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void healthReportsStoreAndIndex() {
        HttpResponse<String> r = t.get("/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode n = TestServer.json(r);
        assertThat(n.get("status").asText()).isEqualTo("UP");
        assertThat(n.get("checks").get("store").get("cables").asLong()).isEqualTo(30);
        assertThat(n.get("checks").get("index").get("behind").asLong()).isZero();
    }

    @Test
    void metricsAndTheRequestLogNeverCarryQueriesOrSecrets() {
        String token = t.token("s-reader");
        t.get("/api/v1/search?q=secretword", token);
        t.get("/api/v1/cables/01NOWHERE1", token);
        HttpResponse<String> m = t.get("/metrics", null);
        assertThat(m.statusCode()).isEqualTo(200);
        assertThat(m.body()).contains("chancery_http_requests_seconds_count{method=\"GET\",route=\"/api/v1/search\",status=\"200\"}")
                .contains("route=\"/api/v1/cables/{id}\"")
                .contains("chancery_ingested_cables_total")
                .doesNotContain("secretword").doesNotContain("01NOWHERE1");
        String log = String.join("\n", t.log);
        assertThat(log).contains("\"path\":\"/api/v1/search\"").contains("\"user\":\"s-reader\"")
                .doesNotContain("secretword").doesNotContain("01NOWHERE1").doesNotContain(token);
        for (String line : t.log) {
            JsonNode n = TestServer.JSON.valueToTree(null);
            try {
                n = TestServer.JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError(line, e);
            }
            assertThat(n.fieldNames()).toIterable().containsExactly("time", "method", "path", "status", "ms", "user");
        }
    }
}
