package org.chancery.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.server.Problems;
import org.chancery.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DraftResourceTest {

    static final String DRAFT = """
            {"originator": "AMEMBASSY PRAGUE", "clearers": ["clearer"], "classification": "CONFIDENTIAL",
             "precedence": "IMMEDIATE", "to": [{"address": "RUEHC"}], "captions": ["SIPDIS"],
             "executiveOrder": "12958", "declassify": "2040-10-01", "tags": ["PREL", "EZ"],
             "subject": "(C) CZECH VIEWS ON A PLANNED CONSULTATION",
             "classifiedBy": "Charge Mary Thompson-Jones for reasons 1.4 (b) and (d)",
             "paragraphs": ["(C) A deputy told emboff that the paper had been held back for more work.",
                            "(U) The ministry proposed dates in November."],
             "signature": "Thompson-Jones"}
            """;

    @TempDir
    static Path dir;
    static TestServer t;
    static String drafter;
    static String clearer;
    static String releaser;
    static String otherDrafter;
    static String reader;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 50);
        drafter = t.token("drafter-prague");
        clearer = t.token("clearer");
        releaser = t.token("releaser");
        otherDrafter = t.token("drafter-paris");
        reader = t.token("s-reader");
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    static JsonNode status(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        return TestServer.json(r);
    }

    static JsonNode problem(HttpResponse<String> r, int status) {
        JsonNode n = status(r, status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(Problems.CONTENT_TYPE));
        assertThat(n.get("status").asInt()).isEqualTo(status);
        assertThat(n.get("detail").asText()).isNotBlank();
        return n;
    }

    static HttpResponse<String> put(String path, String token, String json) {
        return t.send(HttpRequest.newBuilder(t.uri(path)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static long create() {
        JsonNode d = status(t.postJson("/api/v1/drafts", drafter, DRAFT), 201);
        assertThat(d.get("state").asText()).isEqualTo("DRAFT");
        assertThat(d.get("content").get("drafter").asText()).isEqualTo("drafter-prague");
        return d.get("id").asLong();
    }

    @Test
    void draftToRelease() {
        long id = create();
        String p = "/api/v1/drafts/" + id;
        JsonNode lint = status(t.postJson(p + "/lint", drafter, ""), 200);
        assertThat(lint.get("errors").asInt()).as(lint.toString()).isZero();
        JsonNode edited = status(put(p, drafter, DRAFT.replace("November", "December")), 200);
        assertThat(edited.get("revision").asInt()).isEqualTo(2);
        assertThat(status(t.postJson(p + "/submit", drafter, ""), 200).get("state").asText()).isEqualTo("SUBMITTED");
        // the drafter cannot clear; a releasing officer cannot release before clearance
        problem(t.postJson(p + "/clear", drafter, ""), 403);
        problem(t.postJson(p + "/release", releaser, ""), 409);
        JsonNode cleared = status(t.postJson(p + "/clear", clearer, "{\"comment\": \"fine\"}"), 200);
        assertThat(cleared.get("state").asText()).isEqualTo("CLEARED");
        problem(t.postJson(p + "/clear", clearer, ""), 409);
        JsonNode released = status(t.postJson(p + "/release", releaser, ""), 200);
        assertThat(released.get("state").asText()).isEqualTo("RELEASED");
        assertThat(released.get("release").get("cableId").asText()).contains("PRAGUE");
        JsonNode again = problem(t.postJson(p + "/release", releaser, ""), 409);
        assertThat(again.get("detail").asText()).contains("already released");
        problem(put(p, drafter, DRAFT), 409);
    }

    /**
     * The workflow reads its users from the store at every step: a releasing officer added and granted through
     * the API while the server runs releases at once, and loses the draft again when the role is revoked.
     */
    @Test
    void aRoleGrantedWhileServingCountsAtTheNextRequest() {
        String admin = t.token("admin");
        status(t.postJson("/api/v1/users", admin,
                "{\"id\": \"late-officer\", \"clearance\": \"SECRET\", \"memberships\": [\"PRAGUE\"]}"), 201);
        String late = t.token("late-officer");
        long id = create();
        String p = "/api/v1/drafts/" + id;
        status(t.postJson(p + "/submit", drafter, ""), 200);
        status(t.postJson(p + "/clear", clearer, ""), 200);
        // a reader of Prague: the draft is not theirs to see, let alone release
        problem(t.postJson(p + "/release", late, ""), 404);

        status(t.postJson("/api/v1/users/late-officer/grants", admin, "{\"roles\": [\"RELEASING_OFFICER\"]}"), 200);
        JsonNode released = status(t.postJson(p + "/release", late, ""), 200);
        assertThat(released.get("state").asText()).isEqualTo("RELEASED");
        String cableId = released.get("release").get("cableId").asText();
        JsonNode audit = status(t.get("/api/v1/audit?user=late-officer&action=draft-release", t.token("auditor")), 200);
        assertThat(audit.get("records")).hasSize(1);
        assertThat(audit.get("records").get(0).get("allowed").asBoolean()).isTrue();
        assertThat(audit.get("records").get(0).get("target").asText()).contains(cableId);

        status(t.postJson("/api/v1/users/late-officer/revocations", admin, "{\"roles\": [\"RELEASING_OFFICER\"]}"), 200);
        problem(t.get(p, late), 404);
    }

    @Test
    void returnNeedsAReasonAndGoesBackToTheDrafter() {
        long id = create();
        String p = "/api/v1/drafts/" + id;
        status(t.postJson(p + "/submit", drafter, ""), 200);
        problem(t.postJson(p + "/return", clearer, ""), 400);
        JsonNode back = status(t.postJson(p + "/return", clearer, "{\"comment\": \"say more\"}"), 200);
        assertThat(back.get("state").asText()).isEqualTo("DRAFT");
        assertThat(back.get("clearances").get(0).get("comment").asText()).isEqualTo("say more");
    }

    @Test
    void aDraftExistsOnlyForItsParticipants() {
        long id = create();
        String p = "/api/v1/drafts/" + id;
        assertThat(status(t.get(p, drafter), 200).get("id").asLong()).isEqualTo(id);
        status(t.get(p, clearer), 200);
        status(t.get(p, releaser), 200);
        // not a participant: the same answer as a draft that does not exist
        HttpResponse<String> hidden = t.get(p, otherDrafter);
        HttpResponse<String> missing = t.get("/api/v1/drafts/999999", otherDrafter);
        problem(hidden, 404);
        problem(missing, 404);
        assertThat(TestServer.json(hidden).get("detail").asText()).isEqualTo("no draft " + id);
        assertThat(TestServer.json(missing).get("detail").asText()).isEqualTo("no draft 999999");
        problem(t.postJson(p + "/submit", otherDrafter, ""), 404);
        problem(put(p, reader, DRAFT), 404);
    }

    @Test
    void forbiddenRoleAndBadInput() {
        problem(t.postJson("/api/v1/drafts", reader, DRAFT), 403);
        problem(t.postJson("/api/v1/drafts", null, DRAFT), 401);
        JsonNode unknown = problem(t.postJson("/api/v1/drafts", drafter, "{\"subjekt\": \"X\"}"), 400);
        assertThat(unknown.get("detail").asText()).contains("subjekt");
        problem(t.postJson("/api/v1/drafts", drafter, "{\"to\": \"RUEHC\"}"), 400);
        problem(t.postJson("/api/v1/drafts", drafter, "[1]"), 400);
        problem(t.postJson("/api/v1/drafts", drafter, "{"), 400);
        problem(t.get("/api/v1/drafts/abc", drafter), 400);
        // a drafter of another post may not draft for Prague: the workflow's reason, as a 403
        JsonNode other = problem(t.postJson("/api/v1/drafts", otherDrafter, DRAFT), 403);
        assertThat(other.get("detail").asText()).contains("not a member");
        long id = create();
        problem(t.postJson("/api/v1/drafts/" + id + "/clear", clearer, "{\"comment\": 5}"), 400);
    }
}
