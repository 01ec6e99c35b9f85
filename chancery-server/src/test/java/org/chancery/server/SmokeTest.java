package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class SmokeTest {

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 300);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void searchesAndReads() {
        String token = t.token("ts-officer");
        HttpResponse<String> r = t.get("/api/v1/search?q=*&facets=all&limit=3", token);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode n = TestServer.json(r);
        assertThat(n.get("total").asLong()).isPositive();
        String id = n.get("hits").get(0).get("id").asText();
        HttpResponse<String> c = t.get("/api/v1/cables/" + id, token);
        assertThat(c.statusCode()).as(c.body()).isEqualTo(200);
        System.out.println(c.body());
        System.out.println(t.log);
    }
}
