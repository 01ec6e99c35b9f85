package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.security.Policy;
import org.chancery.server.Launcher;
import org.chancery.server.ServerConfig;
import org.chancery.server.auth.PasswordHasher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line beside {@code chancery serve} on the same store: a role granted with {@code chancery users grant}
 * counts at the server's next request (the server's workflow reads the store's users, which the command changes
 * through its own connection, as another process does), and the switch commands read and acknowledge beside it.
 */
class ServeAndCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String FLASH_DRAFT = """
            {"originator": "AMEMBASSY PRAGUE", "clearers": [], "classification": "CONFIDENTIAL",
             "precedence": "FLASH", "to": [{"address": "RUEHC"}], "captions": ["SIPDIS"],
             "executiveOrder": "12958", "declassify": "2040-10-01", "tags": ["PREL", "EZ"],
             "subject": "(C) A FICTIONAL URGENT QUESTION",
             "classifiedBy": "Charge A. Example for reasons 1.4 (b) and (d)",
             "paragraphs": ["(C) The minister asks for an answer before noon tomorrow."],
             "signature": "Example"}
            """;

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aRoleGrantedOnTheCommandLineCountsAtTheServersNextRequest() throws Exception {
        Path store = dir.resolve("store");
        Launcher.Options options = new Launcher.Options(store, "127.0.0.1", 0, true, 20, List.of(), false,
                Policy.PORTION);
        ServerConfig config = ServerConfig.defaults().withPasswords(PasswordHasher.FAST).withRequestLog(line -> { });
        try (Launcher server = Launcher.start(options, config,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            URI base = URI.create("http://127.0.0.1:" + server.server().port());
            Cli.Run added = Cli.run("users", "add", "cli-officer", "--clearance", "SECRET", "--member", "PRAGUE",
                    "--store", store);
            assertThat(added.exitCode()).as(added.err()).isZero();
            String officer = token(server, "cli-officer");
            String drafter = token(server, "drafter-prague");

            JsonNode draft = send(base, "POST", "/api/v1/drafts", drafter, FLASH_DRAFT, 201);
            String path = "/api/v1/drafts/" + draft.get("id").asLong();
            assertThat(send(base, "POST", path + "/submit", drafter, "", 200).get("state").asText()).isEqualTo("CLEARED");
            // a reader of Prague: not a releasing officer, so the draft is not theirs
            send(base, "POST", path + "/release", officer, "", 404);

            Cli.Run granted = Cli.run("users", "grant", "cli-officer", "--role", "releasing-officer", "--store", store);
            assertThat(granted.exitCode()).as(granted.err()).isZero();
            JsonNode released = send(base, "POST", path + "/release", officer, "", 200);
            String cableId = released.get("release").get("cableId").asText();

            // beside the running server: its inbox, its queue, an acknowledgment (audited); drafting goes through it
            Files.writeString(dir.resolve("draft.json"), FLASH_DRAFT.replace("{\"originator\"",
                    "{\"drafter\": \"drafter-prague\", \"originator\""), StandardCharsets.UTF_8);
            Cli.Run send = Cli.run("send", dir.resolve("draft.json"), "--as", "releaser", "--store", store);
            assertThat(send.exitCode()).as(send.out() + send.err()).isEqualTo(2);
            assertThat(send.err()).contains("index");
            Cli.Run inbox = Cli.run("inbox", "--post", "RUEHC", "--store", store);
            for (int i = 0; i < 200 && !inbox.out().contains(cableId); i++) {
                Thread.sleep(50);
                inbox = Cli.run("inbox", "--post", "RUEHC", "--store", store);
            }
            assertThat(inbox.exitCode()).as(inbox.err()).isZero();
            assertThat(inbox.out()).contains(cableId, "FLASH", "AWAITING ACK");
            Cli.Run queue = Cli.run("queue", "--store", store);
            assertThat(queue.exitCode()).as(queue.err()).isZero();
            Cli.Run ack = Cli.run("ack", cableId, "--post", "RUEHC", "--as", "ts-officer", "--store", store);
            assertThat(ack.exitCode()).as(ack.err()).isZero();
            JsonNode entry = send(base, "GET", "/api/v1/inbox/RUEHC", token(server, "ts-officer"), null, 200)
                    .get("entries").get(0);
            assertThat(entry.get("cableId").asText()).isEqualTo(cableId);
            assertThat(entry.get("ackedBy").asText()).isEqualTo("ts-officer");
        }
    }

    private static String token(Launcher server, String user) {
        return server.server().context().auth().createToken(user, "test").secret();
    }

    private JsonNode send(URI base, String method, String path, String token, String json, int status)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token);
        if (json == null) b.GET();
        else b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(method + " " + path + ": " + r.body()).isEqualTo(status);
        return JSON.readTree(r.body());
    }
}
