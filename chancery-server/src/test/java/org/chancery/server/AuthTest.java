package org.chancery.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.server.auth.LoginThrottle;
import org.chancery.server.auth.PasswordHasher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class AuthTest {

    @TempDir
    static Path dir;
    static TestServer t;

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 50);
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void argon2idHashesAreSaltedSelfDescribingAndVerified() {
        PasswordHasher h = new PasswordHasher(PasswordHasher.FAST);
        String a = h.hash("correct horse");
        String b = h.hash("correct horse");
        assertThat(a).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").isNotEqualTo(b);
        assertThat(h.verify("correct horse", a)).isTrue();
        assertThat(h.verify("correct horsf", a)).isFalse();
        assertThat(h.verify("correct horse", null)).isFalse();
        assertThat(h.verify("correct horse", "$argon2id$garbage")).isFalse();
        assertThat(h.needsRehash(a)).isFalse();
        assertThat(new PasswordHasher(PasswordHasher.DEFAULT).needsRehash(a)).isTrue();
        assertThat(PasswordHasher.DEFAULT).isEqualTo(new PasswordHasher.Parameters(19_456, 2, 1));
    }

    private static HttpResponse<String> login(String user, String password, String forwardedProto) {
        HttpRequest.Builder b = HttpRequest.newBuilder(t.uri("/api/v1/session")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"user\":\"" + user + "\",\"password\":\"" + password + "\"}"));
        if (forwardedProto != null) b.header("X-Forwarded-Proto", forwardedProto);
        return t.send(b);
    }

    private static String cookie(HttpResponse<String> r) {
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        return set.substring(0, set.indexOf(';'));
    }

    @Test
    void sessionCookieIsHttpOnlyStrictAndSecureBehindTls() {
        HttpResponse<String> r = login("c-reader", "demo-c-reader", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String set = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(set).contains("chancery_session=").contains("HttpOnly").contains("SameSite=Strict").doesNotContain("Secure");
        assertThat(TestServer.json(r).get("csrfToken").asText()).hasSizeGreaterThan(30);
        HttpResponse<String> tls = login("c-reader", "demo-c-reader", "https");
        assertThat(tls.headers().firstValue("Set-Cookie").orElseThrow()).contains("Secure");
        // The session works.
        HttpResponse<String> me = t.send(HttpRequest.newBuilder(t.uri("/api/v1/session")).header("Cookie", cookie(r)).GET());
        assertThat(TestServer.json(me).get("id").asText()).isEqualTo("c-reader");
    }

    @Test
    void stateChangingRequestsWithASessionNeedTheCsrfToken() {
        HttpResponse<String> r = login("s-reader", "demo-s-reader", null);
        String cookie = cookie(r);
        String csrf = TestServer.json(r).get("csrfToken").asText();
        HttpRequest.Builder post = HttpRequest.newBuilder(t.uri("/api/v1/tokens")).header("Cookie", cookie)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"x\"}"));
        HttpResponse<String> refused = t.send(post);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(TestServer.json(refused).get("type").asText()).isEqualTo("/problems/csrf");
        HttpResponse<String> wrong = t.send(post.copy().header("X-CSRF-Token", csrf + "x"));
        assertThat(wrong.statusCode()).isEqualTo(403);
        HttpResponse<String> accepted = t.send(post.copy().header("X-CSRF-Token", csrf));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        // A form carries it in a field.
        HttpResponse<String> form = t.send(HttpRequest.newBuilder(t.uri("/api/v1/session")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method("DELETE", HttpRequest.BodyPublishers.ofString("_csrf=" + csrf)));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(204);
    }

    @Test
    void wrongPasswordsLockTheAccountWithAClearMessage() {
        for (int i = 0; i < 4; i++) {
            HttpResponse<String> r = login("auditor", "wrong", null);
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(TestServer.json(r).get("detail").asText()).isEqualTo("wrong user name or password");
        }
        HttpResponse<String> fifth = login("auditor", "wrong", null);
        assertThat(fifth.statusCode()).isEqualTo(429);
        assertThat(fifth.headers().firstValue("Retry-After")).isPresent();
        assertThat(TestServer.json(fifth).get("detail").asText()).contains("locked").contains("try again after");
        // Even the right password is refused while locked.
        assertThat(login("auditor", "demo-auditor", null).statusCode()).isEqualTo(429);
        // An unknown account locks the same way (a lock reveals nothing).
        for (int i = 0; i < 4; i++) login("no-such-user", "x", null);
        assertThat(login("no-such-user", "x", null).statusCode()).isEqualTo(429);
    }

    @Test
    void throttleLocksPerAccountAndPerAddressAndUnlocksAfterThePeriod() {
        MutableClock clock = new MutableClock();
        LoginThrottle th = new LoginThrottle(clock, new LoginThrottle.Limits(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10)));
        for (int i = 0; i < 3; i++) th.failed("alice", "10.0.0.1");
        assertThat(th.locked("alice", "10.0.0.9")).hasValueSatisfying(l -> assertThat(l.what()).isEqualTo("account"));
        assertThat(th.locked("bob", "10.0.0.9")).isEmpty();
        th.failed("bob", "10.0.0.1");
        th.failed("carol", "10.0.0.1");
        assertThat(th.locked("dave", "10.0.0.1")).hasValueSatisfying(l -> assertThat(l.what()).isEqualTo("address"));
        clock.now = clock.now.plus(Duration.ofMinutes(11));
        assertThat(th.locked("alice", "10.0.0.9")).isEmpty();
        assertThat(th.locked("dave", "10.0.0.1")).isEmpty();
        th.failed("erin", "10.0.0.2");
        th.succeeded("erin");
        assertThat(th.locked("erin", "10.0.0.3")).isEmpty();
    }

    @Test
    void apiTokensAreCreatedUsedListedAndDeleted() {
        String bootstrap = t.token("drafter-paris");
        HttpResponse<String> created = t.postJson("/api/v1/tokens", bootstrap, "{\"name\":\"nightly export\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode n = TestServer.json(created);
        String secret = n.get("secret").asText();
        assertThat(secret).startsWith("chy_");
        assertThat(t.get("/api/v1/session", secret).statusCode()).isEqualTo(200);
        HttpResponse<String> list = t.get("/api/v1/tokens", secret);
        assertThat(list.body()).contains("nightly export").doesNotContain(secret);
        HttpResponse<String> del = t.send(HttpRequest.newBuilder(t.uri("/api/v1/tokens/" + n.get("id").asText()))
                .header("Authorization", "Bearer " + secret).DELETE());
        assertThat(del.statusCode()).isEqualTo(204);
        assertThat(t.get("/api/v1/session", secret).statusCode()).isEqualTo(401);
        assertThat(t.get("/api/v1/session", "chy_forged").statusCode()).isEqualTo(401);
        HttpResponse<String> basic = t.send(HttpRequest.newBuilder(t.uri("/api/v1/session")).header("Authorization", "Basic eDp5").GET());
        assertThat(basic.statusCode()).isEqualTo(401);
        assertThat(basic.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith(Problems.CONTENT_TYPE));
    }

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
