package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.security.Policy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code chancery serve --demo}, in process, on a random port: start-up, the printed accounts, idempotence. */
class LauncherTest {

    @TempDir
    Path dir;

    @Test
    void demoStartsPrintsTheAccountsAndIsIdempotent() throws Exception {
        Launcher.Options options = new Launcher.Options(dir.resolve("store"), "127.0.0.1", 0, true, 200, List.of(),
                false, Policy.PORTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ServerConfig config = ServerConfig.defaults().withPasswords(org.chancery.server.auth.PasswordHasher.FAST)
                .withRequestLog(line -> { });
        try (Launcher l = Launcher.start(options, config, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("demo: created 11 accounts").contains("200 cables")
                    .contains("Chancery is serving 200 cables").contains("http://127.0.0.1:" + l.server().port() + "/")
                    .contains("ts-officer").contains("demo-ts-officer").contains("releaser");
            HttpClient http = HttpClient.newHttpClient();
            URI base = URI.create("http://127.0.0.1:" + l.server().port());
            HttpResponse<String> login = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/session"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"s-reader\",\"password\":\"demo-s-reader\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
            JsonNode health = TestServer.JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertThat(health.get("status").asText()).isEqualTo("UP");
        }
        out.reset();
        try (Launcher l = Launcher.start(options, config, new PrintStream(out, true, StandardCharsets.UTF_8))) {
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).doesNotContain("created").doesNotContain("generated")
                    .contains("Chancery is serving 200 cables").contains("demo-ts-officer");
        }
    }
}
