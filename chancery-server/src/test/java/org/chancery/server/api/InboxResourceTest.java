package org.chancery.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.server.api.DraftResourceTest.problem;
import static org.chancery.server.api.DraftResourceTest.status;

class InboxResourceTest {

    @TempDir
    static Path dir;
    static TestServer t;
    static String cableId;

    @BeforeAll
    static void start() throws Exception {
        // the Department names a duty officer who is not a demo user: its other members may not acknowledge
        Files.createDirectories(dir.resolve("store"));
        Files.writeString(dir.resolve("store/posts.json"), """
                {"posts": [{"post": "RUEHC", "names": ["DEPT"], "dutyOfficers": ["watch"]}]}
                """, StandardCharsets.UTF_8);
        t = new TestServer(dir, 20);
        String draft = DraftResourceTest.DRAFT.replace("\"clearers\": [\"clearer\"]", "\"clearers\": []")
                .replace("\"precedence\": \"IMMEDIATE\"", "\"precedence\": \"FLASH\"")
                .replace("[{\"address\": \"RUEHC\"}]", "[{\"address\": \"RUEHC\"}, {\"address\": \"RUEHFR\"}]");
        String drafter = t.token("drafter-prague");
        long id = status(t.postJson("/api/v1/drafts", drafter, draft), 201).get("id").asLong();
        assertThat(status(t.postJson("/api/v1/drafts/" + id + "/submit", drafter, ""), 200).get("state").asText())
                .isEqualTo("CLEARED");
        cableId = status(t.postJson("/api/v1/drafts/" + id + "/release", t.token("releaser"), ""), 200)
                .get("release").get("cableId").asText();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    /** The switch files copies on its own thread: wait until the copy is in the inbox (bounded). */
    static JsonNode entry(String post, String token) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            JsonNode inbox = status(t.get("/api/v1/inbox/" + post, token), 200);
            for (JsonNode e : inbox.get("entries")) if (e.get("cableId").asText().equals(cableId)) return e;
            Thread.sleep(50);
        }
        throw new AssertionError(cableId + " never reached " + post);
    }

    @Test
    void membersSeeTheirPostsInboxThroughTheGate() throws Exception {
        JsonNode e = entry("PARIS", t.token("drafter-paris"));
        assertThat(e.get("precedence").asText()).isEqualTo("FLASH");
        assertThat(e.get("awaitingAck").asBoolean()).isTrue();
        assertThat(e.get("readable").asBoolean()).isTrue();
        assertThat(e.get("subject").asText()).contains("CZECH VIEWS");
        // by routing indicator too
        assertThat(status(t.get("/api/v1/inbox/RUEHFR", t.token("drafter-paris")), 200).get("post").asText())
                .isEqualTo("RUEHFR");
    }

    @Test
    void aNonMemberHasNoSuchInbox() {
        JsonNode other = problem(t.get("/api/v1/inbox/PARIS", t.token("ts-officer")), 404);
        JsonNode none = problem(t.get("/api/v1/inbox/NOWHERE", t.token("ts-officer")), 404);
        assertThat(other.get("type")).isEqualTo(none.get("type"));
        problem(t.get("/api/v1/inbox/PARIS", null), 401);
    }

    @Test
    void acknowledgmentFollowsTheDutyOfficerRule() throws Exception {
        String paris = t.token("drafter-paris");
        String tx = entry("PARIS", paris).get("transmissionId").asText();
        JsonNode first = status(t.postJson("/api/v1/inbox/PARIS/" + cableId + "/ack", paris, ""), 200);
        assertThat(first.get("outcome").asText()).isEqualTo("ACKNOWLEDGED");
        assertThat(status(t.postJson("/api/v1/inbox/PARIS/" + tx + "/ack", paris, ""), 200).get("outcome").asText())
                .isEqualTo("ALREADY_ACKNOWLEDGED");
        assertThat(entry("PARIS", paris).get("ackedBy").asText()).isEqualTo("drafter-paris");
        problem(t.postJson("/api/v1/inbox/PARIS/NOSUCHMESSAGE/ack", paris, ""), 404);
        // the Department's copy needs its duty officer
        String ts = t.token("ts-officer");
        entry("RUEHC", ts);
        JsonNode refused = problem(t.postJson("/api/v1/inbox/RUEHC/" + cableId + "/ack", ts, ""), 403);
        assertThat(refused.get("detail").asText()).contains("duty officer");
        problem(t.postJson("/api/v1/inbox/PARIS/" + cableId + "/ack", ts, ""), 404);
    }

    @Test
    void queueStatusIsForAdministrators() {
        JsonNode q = status(t.get("/api/v1/queue", t.token("admin")), 200);
        assertThat(q.get("queues").isArray()).isTrue();
        assertThat(q.get("total").asLong()).isGreaterThanOrEqualTo(0);
        problem(t.get("/api/v1/queue", t.token("releaser")), 403);
        problem(t.get("/api/v1/queue", null), 401);
    }
}
