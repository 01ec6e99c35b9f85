package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Throws random input at every route of the API (and at random paths): random path parameters, query
 * parameters, bodies, headers, methods, huge values, bad JSON and bad UTF-8, over raw sockets so that nothing
 * is cleaned up by a client library on the way. Every answer must be below 500, and every 4xx a valid problem
 * document whose status is the answer's.
 */
class FuzzTest {

    private static final int REQUESTS = 2_500;
    private static final long SEED = 20261129L;

    @TempDir
    static Path dir;
    static TestServer t;
    static List<String> tokens = new ArrayList<>();
    static String csrfCookie;
    static String csrf;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 60);
        tokens.add(t.token("admin"));
        tokens.add(t.token("ts-officer"));
        tokens.add(t.token("sbu-reader"));
        var login = t.postJson("/api/v1/session", null, "{\"user\":\"s-reader\",\"password\":\"demo-s-reader\"}");
        String set = login.headers().firstValue("Set-Cookie").orElseThrow();
        csrfCookie = set.substring(0, set.indexOf(';'));
        csrf = TestServer.json(login).get("csrfToken").asText();
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    record Answer(int status, String contentType, byte[] body, String raw) {
    }

    @Test
    void noInputMakesTheServerFailAndEveryErrorIsAProblemDocument() throws Exception {
        Random r = new Random(SEED);
        List<Route> routes = t.server.routes();
        int fourxx = 0;
        for (int i = 0; i < REQUESTS; i++) {
            String method = method(r);
            String path = r.nextInt(10) == 0 ? randomPath(r) : pathOf(routes.get(r.nextInt(routes.size())), r);
            String target = path + (r.nextBoolean() ? query(r) : "");
            byte[] body = r.nextInt(3) == 0 ? new byte[0] : body(r);
            List<String> headers = headers(r, body.length);
            byte[] request = request(method, target, headers, body);
            Answer a = send(request);
            if (a.status() >= 500) java.nio.file.Files.write(java.nio.file.Path.of("target/fuzz-failure.bin"), request);
            String what = "request " + i + ": " + new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1);
            assertThat(a.status()).as(() -> what + "\n=> " + a.raw()).isBetween(100, 499);
            if (a.status() >= 400 && !method.equals("HEAD")) {
                fourxx++;
                assertThat(a.contentType()).as(() -> what).startsWith(Problems.CONTENT_TYPE);
                JsonNode n = TestServer.JSON.readTree(a.body());
                assertThat(n.isObject()).as(() -> what).isTrue();
                assertThat(n.get("type").asText()).as(() -> what).startsWith(Problems.TYPE_PREFIX);
                assertThat(n.get("title").asText()).as(() -> what).isNotBlank();
                assertThat(n.get("detail").asText()).as(() -> what).isNotBlank();
                assertThat(n.get("status").asInt()).as(() -> what).isEqualTo(a.status());
            }
        }
        assertThat(fourxx).isGreaterThan(REQUESTS / 4);
    }

    private static final String[] METHODS = {"GET", "GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS", "TRACE", "FOO", "G\u00c9T", "CONNECT"};

    private static String method(Random r) {
        return METHODS[r.nextInt(METHODS.length)];
    }

    private static String pathOf(Route route, Random r) {
        StringBuilder b = new StringBuilder();
        for (String part : route.path().split("/")) {
            if (part.isEmpty()) continue;
            b.append('/').append(part.startsWith("{") ? junk(r) : part);
        }
        return b.toString();
    }

    private static String randomPath(Random r) {
        StringBuilder b = new StringBuilder(r.nextBoolean() ? "/api/v1" : "");
        int n = 1 + r.nextInt(4);
        for (int i = 0; i < n; i++) b.append('/').append(junk(r));
        return b.toString();
    }

    /** A path or query piece: plain words, percent-escapes (also of bad UTF-8), dots, very long values. */
    private static String junk(Random r) {
        return switch (r.nextInt(10)) {
            case 0 -> "%FF%FE" + r.nextInt(100);
            case 1 -> "..";
            case 2 -> "%2F..%2F";
            case 3 -> "x".repeat(r.nextInt(20_000));
            case 4 -> "%C3%28";
            case 5 -> "09PRAGUE" + r.nextInt(1000);
            case 6 -> "%00";
            case 7 -> "" + r.nextLong();
            case 8 -> "%";
            default -> word(r);
        };
    }

    private static String word(Random r) {
        String alphabet = "abcXYZ019-_.~*()';:@!$,";
        StringBuilder b = new StringBuilder();
        int n = 1 + r.nextInt(12);
        for (int i = 0; i < n; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
        return b.toString();
    }

    private static final String[] PARAMS = {"q", "facets", "limit", "offset", "sort", "version", "from", "to",
            "depth", "facetLimit", "post", "precedence", "user", "since", "action", "state"};

    private static String query(Random r) {
        StringBuilder b = new StringBuilder("?");
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            if (i > 0) b.append('&');
            b.append(r.nextInt(8) == 0 ? junk(r) : PARAMS[r.nextInt(PARAMS.length)]).append('=');
            b.append(switch (r.nextInt(8)) {
                case 0 -> "-1";
                case 1 -> "99999999999999999999";
                case 2 -> "%28radar";
                case 3 -> "date:2009-13";
                case 4 -> "*";
                default -> junk(r);
            });
        }
        return b.toString();
    }

    private static byte[] body(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> "{".getBytes(StandardCharsets.UTF_8);
            case 1 -> "[1,2,3]".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
            case 3 -> ("{\"name\":\"" + "y".repeat(r.nextInt(200_000)) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> "{\"user\":1,\"password\":[],\"id\":{},\"clearance\":null,\"roles\":\"X\"}".getBytes(StandardCharsets.UTF_8);
            case 5 -> "null".getBytes(StandardCharsets.UTF_8);
            case 6 -> {
                byte[] b = new byte[r.nextInt(2000)];
                r.nextBytes(b);
                yield b;
            }
            case 7 -> "{\"id\":\"fuzz-user\",\"clearance\":\"SECRET\",\"roles\":[\"READER\"],\"name\":\"t\"}".getBytes(StandardCharsets.UTF_8);
            default -> ("{\"" + word(r) + "\":\"" + word(r) + "\"}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static List<String> headers(Random r, int length) {
        List<String> h = new ArrayList<>();
        h.add("Host: 127.0.0.1");
        h.add("Connection: close");
        switch (r.nextInt(8)) {
            case 0, 1, 2 -> h.add("Authorization: Bearer " + tokens.get(r.nextInt(tokens.size())));
            case 3 -> h.add("Authorization: " + (r.nextBoolean() ? "Bearer " : "Basic ") + junk(r));
            case 4 -> {
                h.add("Cookie: " + csrfCookie);
                if (r.nextBoolean()) h.add("X-CSRF-Token: " + (r.nextBoolean() ? csrf : junk(r)));
            }
            case 5 -> h.add("Cookie: chancery_session=" + junk(r) + "; other=\u00ff");
            default -> { }
        }
        switch (r.nextInt(6)) {
            case 0 -> h.add("Content-Type: text/plain");
            case 1 -> h.add("Content-Type: application/x-www-form-urlencoded");
            case 2 -> h.add("Content-Type: " + junk(r));
            default -> h.add("Content-Type: application/json");
        }
        if (r.nextInt(10) == 0) h.add("X-Junk: " + "z".repeat(r.nextInt(40_000)));
        if (r.nextInt(10) == 0) h.add("X-Forwarded-Proto: " + junk(r));
        if (r.nextInt(15) == 0) h.add("Accept: " + junk(r));
        if (r.nextInt(20) == 0) h.add("Content-Length: " + (length + 5)); // a lie, then the real one is dropped
        else h.add("Content-Length: " + length);
        return h;
    }

    private static byte[] request(String method, String target, List<String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] head = (method + " " + target + " HTTP/1.1\r\n" + String.join("\r\n", headers) + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        out.writeBytes(head);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static Answer send(byte[] request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", t.server.port())) {
            s.setSoTimeout(30_000);
            OutputStream o = s.getOutputStream();
            try {
                o.write(request);
                o.flush();
                s.shutdownOutput();
            } catch (IOException e) {
                // The server may answer and close before the whole request is written (too large): read that.
            }
            InputStream in = s.getInputStream();
            byte[] all = in.readAllBytes();
            return parse(all);
        }
    }

    private static Answer parse(byte[] all) {
        String text = new String(all, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        assertThat(end).as("an HTTP answer: " + text).isPositive();
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String type = "";
        boolean chunked = false;
        for (String l : lines) {
            String lower = l.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) type = l.substring(13).trim();
            if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
        }
        byte[] body = java.util.Arrays.copyOfRange(all, end + 4, all.length);
        if (chunked) body = dechunk(body);
        return new Answer(status, type, body, text.substring(0, Math.min(text.length(), 1000)));
    }

    private static byte[] dechunk(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < b.length) {
            int eol = i;
            while (eol + 1 < b.length && !(b[eol] == '\r' && b[eol + 1] == '\n')) eol++;
            int size = Integer.parseInt(new String(b, i, eol - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
            if (size == 0) break;
            out.write(b, eol + 2, size);
            i = eol + 2 + size + 2;
        }
        return out.toByteArray();
    }
}
