package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.server.auth.PasswordHasher;
import org.chancery.server.auth.Accounts;
import org.chancery.archive.users.UserStore;
import org.chancery.security.Policy;
import org.chancery.server.demo.DemoWorld;
import org.chancery.switching.SwitchSystem;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A server on a random loopback port over a small generated archive with the demo accounts. */
public final class TestServer implements AutoCloseable {

    public static final ObjectMapper JSON = new ObjectMapper();

    public final Archive archive;
    public final Accounts accounts;
    public final SwitchSystem switching;
    public final ChanceryServer server;
    public final List<String> log = new CopyOnWriteArrayList<>();
    public final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public TestServer(Path dir, int cables) throws IOException {
        this(dir, cables, ServerConfig.defaults());
    }

    public TestServer(Path dir, int cables, ServerConfig base) throws IOException {
        archive = Archive.open(dir.resolve("store"));
        DemoWorld.corpus(archive, cables, dir, new IngestListener() { });
        accounts = Accounts.open(dir.resolve("store"), UserStore.open(dir.resolve("store"), archive.audit()));
        ServerConfig config = (base.policy() == null ? base.withPolicy(Policy.PORTION) : base).withPort(0).withPasswords(PasswordHasher.FAST).withRequestLog(log::add);
        switching = Launcher.openSwitch(dir.resolve("store"), archive, accounts);
        ServerContext context = ChanceryServer.context(config, archive, accounts, switching);
        DemoWorld.accounts(accounts, context.auth().hasher());
        server = ChanceryServer.start(context);
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder b) {
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b);
    }

    public HttpResponse<String> postJson(String path, String token, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b);
    }

    /** An API token for a demo user, made directly (no HTTP). */
    public String token(String user) {
        return server.context().auth().createToken(user, "test").secret();
    }

    public static JsonNode json(HttpResponse<String> r) {
        try {
            return JSON.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        switching.close();
        accounts.close();
        archive.close();
    }
}
