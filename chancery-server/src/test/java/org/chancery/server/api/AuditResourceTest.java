package org.chancery.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.server.api.DraftResourceTest.problem;
import static org.chancery.server.api.DraftResourceTest.status;

class AuditResourceTest {

    @TempDir
    static Path dir;
    static TestServer t;
    static String auditor;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 20);
        auditor = t.token("auditor");
        status(t.get("/api/v1/search?q=*", t.token("s-reader")), 200);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void queryFiltersAndIsItselfRecorded() {
        JsonNode r = status(t.get("/api/v1/audit?user=s-reader&action=search", auditor), 200);
        assertThat(r.get("records")).isNotEmpty();
        for (JsonNode x : r.get("records")) {
            assertThat(x.get("user").asText()).isEqualTo("s-reader");
            assertThat(x.get("action").asText()).isEqualTo("search");
            assertThat(x.get("hash").asText()).hasSize(64);
        }
        JsonNode q = status(t.get("/api/v1/audit?user=auditor&action=audit-query&since=2000-01-01&until=2999-12-31", auditor), 200);
        assertThat(q.get("records")).isNotEmpty();
        assertThat(q.get("records").get(0).get("target").asText()).contains("user=s-reader");
        JsonNode one = status(t.get("/api/v1/audit?limit=1", auditor), 200);
        assertThat(one.get("records")).hasSize(1);
        assertThat(one.get("truncated").asBoolean()).isTrue();
    }

    @Test
    void verifyTheChain() {
        JsonNode v = status(t.get("/api/v1/audit/verify", auditor), 200);
        assertThat(v.get("intact").asBoolean()).isTrue();
        assertThat(v.get("findings")).isEmpty();
        String head = v.get("head").get("seq").asLong() + ":" + v.get("head").get("hash").asText();
        assertThat(status(t.get("/api/v1/audit/verify?expectHead=" + head, auditor), 200).get("intact").asBoolean()).isTrue();
        String wrong = v.get("head").get("seq").asLong() + ":" + "0".repeat(64);
        assertThat(status(t.get("/api/v1/audit/verify?expectHead=" + wrong, auditor), 200).get("intact").asBoolean()).isFalse();
    }

    @Test
    void auditorsOnlyAndBadInput() {
        problem(t.get("/api/v1/audit", t.token("admin")), 403);
        problem(t.get("/api/v1/audit/verify", t.token("ts-officer")), 403);
        problem(t.get("/api/v1/audit", null), 401);
        problem(t.get("/api/v1/audit?since=yesterday", auditor), 400);
        problem(t.get("/api/v1/audit?limit=0", auditor), 400);
        problem(t.get("/api/v1/audit/verify?expectHead=nonsense", auditor), 400);
    }
}
