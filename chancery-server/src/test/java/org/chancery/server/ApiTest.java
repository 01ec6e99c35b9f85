package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ApiTest {

    @TempDir
    static Path dir;
    static TestServer t;
    static String ts;
    static String sbu;
    static String admin;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 400);
        ts = t.token("ts-officer");
        sbu = t.token("sbu-reader");
        admin = t.token("admin");
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static JsonNode ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return TestServer.json(r);
    }

    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(Problems.CONTENT_TYPE));
        JsonNode n = TestServer.json(r);
        assertThat(n.get("status").asInt()).isEqualTo(status);
        assertThat(n.get("type").asText()).startsWith(Problems.TYPE_PREFIX);
        assertThat(n.get("title").asText()).isNotBlank();
        assertThat(n.get("detail").asText()).isNotBlank();
        return n;
    }

    @Test
    void searchWithFacetsAndPaging() {
        JsonNode all = ok(t.get("/api/v1/search?q=*&facets=class,year&limit=5&sort=-date", ts));
        assertThat(all.get("total").asLong()).isBetween(300L, 400L);
        assertThat(all.get("hits")).hasSize(5);
        assertThat(all.get("facets").get("class")).isNotEmpty();
        assertThat(all.get("facets").has("year")).isTrue();
        JsonNode page2 = ok(t.get("/api/v1/search?q=*&limit=5&offset=5&sort=-date", ts));
        assertThat(page2.get("hits").get(0).get("id").asText()).isNotEqualTo(all.get("hits").get(0).get("id").asText());
    }

    @Test
    void searchIsLimitedToWhatTheReaderMayRead() {
        long everything = ok(t.get("/api/v1/search?q=*", ts)).get("total").asLong();
        long sbuTotal = ok(t.get("/api/v1/search?q=*&facets=class", sbu)).get("total").asLong();
        assertThat(sbuTotal).isLessThan(everything);
        // Every hit exists for the reader, and shows no paragraph above SBU.
        for (JsonNode hit : ok(t.get("/api/v1/search?q=*&limit=50", sbu)).get("hits")) {
            JsonNode c = ok(t.get("/api/v1/cables/" + hit.get("id").asText(), sbu));
            for (JsonNode b : c.get("body")) {
                if (b.get("type").asText().equals("paragraph") && b.hasNonNull("mark")) {
                    String mark = b.get("mark").asText();
                    if (!b.get("text").asText().startsWith("[withheld")) assertThat(mark.split("/")[0]).isNotIn("C", "S", "TS");
                }
            }
        }
    }

    @Test
    void searchErrorsSayWhatIsWrong() {
        assertThat(problem(t.get("/api/v1/search?q=%28radar", ts), 400).get("detail").asText()).contains("column");
        assertThat(problem(t.get("/api/v1/search", ts), 400).get("detail").asText()).contains("q");
        assertThat(problem(t.get("/api/v1/search?q=x&facets=colour", ts), 400).get("detail").asText()).contains("colour");
        assertThat(problem(t.get("/api/v1/search?q=x&limit=abc", ts), 400).get("detail").asText()).contains("limit");
        assertThat(problem(t.get("/api/v1/search?q=x&limit=100000", ts), 400).get("detail").asText()).contains("between");
        assertThat(problem(t.get("/api/v1/search?q=x&sort=up", ts), 400).get("detail").asText()).contains("sort");
        problem(t.get("/api/v1/search?q=x", null), 401);
    }

    @Test
    void aCableItsTextsReferencesVersionsAndThread() {
        String id = ok(t.get("/api/v1/search?q=*&limit=1", ts)).get("hits").get(0).get("id").asText();
        JsonNode c = ok(t.get("/api/v1/cables/" + id, ts));
        assertThat(c.get("id").asText()).isEqualTo(id);
        assertThat(c.get("complete").asBoolean()).isTrue();
        assertThat(c.get("body")).isNotEmpty();
        HttpResponse<String> original = t.get("/api/v1/cables/" + id + "/original", ts);
        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).contains(c.get("subject").asText().substring(0, 10));
        assertThat(t.get("/api/v1/cables/" + id + "/canonical", ts).statusCode()).isEqualTo(200);
        assertThat(ok(t.get("/api/v1/cables/" + id + "/references", ts)).has("citedBy")).isTrue();
        assertThat(ok(t.get("/api/v1/cables/" + id + "/versions", ts)).get("versions")).hasSize(1);
        assertThat(ok(t.get("/api/v1/cables/" + id + "/thread?depth=2", ts)).get("thread").get(0).get("id").asText()).isEqualTo(id);
        assertThat(t.get("/api/v1/cables/" + id + "/diff?from=1&to=1", ts).statusCode()).isEqualTo(200);
        problem(t.get("/api/v1/cables/" + id + "/diff?from=1", ts), 400);
        problem(t.get("/api/v1/cables/" + id + "/diff?from=1&to=2", ts), 404);
        problem(t.get("/api/v1/cables/" + id + "?version=x", ts), 400);
        problem(t.get("/api/v1/cables/" + id + "/thread?depth=99", ts), 400);
    }

    @Test
    void whatOneMayNotSeeAnswersAsWhatDoesNotExist() {
        // Under the portion policy a SECRET cable with readable portions exists, redacted, for an SBU reader:
        // take one of which nothing is readable for them.
        JsonNode secret = ok(t.get("/api/v1/search?q=class:secret&limit=100", ts));
        String id = null;
        for (JsonNode hit : secret.get("hits")) {
            if (t.get("/api/v1/cables/" + hit.get("id").asText(), sbu).statusCode() == 404) {
                id = hit.get("id").asText();
                break;
            }
        }
        assertThat(id).as("a SECRET cable nothing of which an SBU reader may see").isNotNull();
        String missing = "01NOWHERE" + id.replaceAll("\\D", "");
        for (String sub : new String[] {"", "/original", "/canonical", "/references", "/versions", "/thread"}) {
            HttpResponse<String> hidden = t.get("/api/v1/cables/" + id + sub, sbu);
            HttpResponse<String> absent = t.get("/api/v1/cables/" + missing + sub, sbu);
            problem(hidden, 404);
            problem(absent, 404);
            assertThat(hidden.body().replace(id, "ID")).isEqualTo(absent.body().replace(missing, "ID"));
            assertThat(hidden.headers().map().keySet()).isEqualTo(absent.headers().map().keySet());
        }
        // The same for a version that does not exist of a cable one may not see.
        assertThat(t.get("/api/v1/cables/" + id + "?version=7", sbu).body().replace(id, "ID"))
                .isEqualTo(t.get("/api/v1/cables/" + missing + "?version=7", sbu).body().replace(missing, "ID"));
    }

    @Test
    void usersAndGrantsAreForAdministrators() {
        problem(t.get("/api/v1/users", sbu), 403);
        JsonNode users = ok(t.get("/api/v1/users", admin));
        assertThat(users.get("users").size()).isGreaterThanOrEqualTo(11);
        HttpResponse<String> created = t.postJson("/api/v1/users", admin,
                "{\"id\":\"new-reader\",\"password\":\"a long password here\",\"clearance\":\"CONFIDENTIAL\",\"nationalities\":[\"USA\"]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        problem(t.postJson("/api/v1/users", admin, "{\"id\":\"new-reader\",\"clearance\":\"SECRET\"}"), 409);
        problem(t.postJson("/api/v1/users", admin, "{\"id\":\"Bad Id\",\"clearance\":\"SECRET\"}"), 400);
        problem(t.postJson("/api/v1/users", admin, "{\"id\":\"x\",\"clearance\":\"COSMIC\"}"), 400);
        JsonNode granted = ok(t.postJson("/api/v1/users/new-reader/grants", admin, "{\"clearance\":\"SECRET\",\"roles\":[\"AUDITOR\"]}"));
        assertThat(granted.get("clearance").asText()).isEqualTo("SECRET");
        JsonNode revoked = ok(t.postJson("/api/v1/users/new-reader/revocations", admin, "{\"roles\":[\"AUDITOR\"]}"));
        assertThat(revoked.get("roles").toString()).doesNotContain("AUDITOR");
        problem(t.postJson("/api/v1/users/nobody/grants", admin, "{}"), 404);
        problem(t.postJson("/api/v1/users/new-reader/grants", admin, "{\"roles\":[\"KING\"]}"), 400);
    }

    @Test
    void malformedBodies() {
        problem(t.postJson("/api/v1/tokens", sbu, "{"), 400);
        problem(t.postJson("/api/v1/tokens", sbu, "[1]"), 400);
        problem(t.postJson("/api/v1/tokens", sbu, "{\"name\":5}"), 400);
        problem(t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/v1/tokens")).header("Authorization", "Bearer " + sbu)
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))), 415);
        problem(t.get("/api/v1/nothing-here", sbu), 404);
        problem(t.send(java.net.http.HttpRequest.newBuilder(t.uri("/api/v1/search")).header("Authorization", "Bearer " + sbu)
                .DELETE()), 405);
    }
}
