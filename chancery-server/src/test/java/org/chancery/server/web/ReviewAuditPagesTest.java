package org.chancery.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.server.TestServer;
import org.chancery.server.api.DeclassificationResourceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The declassification review page and the audit viewer over HTTP: who sees them, a decision, a filter. */
class ReviewAuditPagesTest {

    @TempDir
    static Path dir;
    static TestServer t;
    static String reviewer;
    static String auditor;
    /** Pending items of the queue the reviewer reads whole. */
    static final List<String> readable = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 20);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int mrn = 901; mrn <= 903; mrn++) {
            Files.writeString(in.resolve("09PRAGUE" + mrn + ".txt"), DeclassificationResourceTest.cable(mrn, "SIPDIS"),
                    StandardCharsets.UTF_8);
        }
        t.archive.ingest(List.of(in), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        reviewer = t.token("reviewer");
        auditor = t.token("auditor");
        for (int mrn = 901; mrn <= 903; mrn++) readable.add("09PRAGUE" + mrn);
        String reader = t.token("s-reader");
        for (int i = 0; i < 60; i++) t.get("/api/v1/search?q=*", reader); // more records than a page holds
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    private static HttpResponse<String> form(String path, String token, String body) {
        return t.send(HttpRequest.newBuilder(t.uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void withoutTheRoleThePagesAreAsMissingOnesAndNotInTheMenu() {
        String reader = t.token("s-reader");
        HttpResponse<String> missing = t.get("/no-such-page", reader);
        assertThat(missing.statusCode()).isEqualTo(404);
        for (String[] c : new String[][]{{"/review", reader}, {"/audit", reader}, {"/review", auditor},
                {"/audit", reviewer}, {"/audit?user=x&verify=true", reviewer}}) {
            HttpResponse<String> r = t.get(c[0], c[1]);
            assertThat(r.statusCode()).as(c[0]).isEqualTo(404);
            String path = c[0].contains("?") ? c[0].substring(0, c[0].indexOf('?')) : c[0];
            assertThat(r.body().replace(path, "/no-such-page")).as(c[0]).isEqualTo(missing.body());
            assertThat(r.headers().firstValue("Content-Type")).isEqualTo(missing.headers().firstValue("Content-Type"));
        }
        HttpResponse<String> refused = form("/review/" + readable.get(0), auditor, "decision=declassify");
        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(refused.body().replace("/review/" + readable.get(0), "/no-such-page")).isEqualTo(missing.body());

        assertThat(t.get("/search", reader).body()).doesNotContain("href=\"/review\"").doesNotContain("href=\"/audit\"");
        assertThat(t.get("/search", reviewer).body()).contains("href=\"/review\"").doesNotContain("href=\"/audit\"");
        assertThat(t.get("/search", auditor).body()).contains("href=\"/audit\"").doesNotContain("href=\"/review\"");
        // an anonymous visitor is sent to log in, as for every page
        HttpResponse<String> anonymous = t.get("/review", null);
        assertThat(anonymous.statusCode()).isEqualTo(303);
        assertThat(anonymous.headers().firstValue("Location")).hasValue("/login?next=%2Freview");
    }

    @Test
    void theQueueShowsWhyAndADecisionGoesThroughTheApiLogic() {
        HttpResponse<String> page = t.get("/review", reviewer);
        assertThat(page.statusCode()).isEqualTo(200);
        String id = readable.get(0);
        assertThat(page.body()).contains("data-cable=\"" + id + "\"").contains("OADR").contains("ORCHARD TALKS 901")
                .contains("action=\"/review/" + id + "\"").contains("name=\"paragraphs\" value=\"2\"");

        HttpResponse<String> partial = form("/review/" + id, reviewer, "decision=partial&paragraphs=2");
        assertThat(partial.statusCode()).isEqualTo(303);
        assertThat(partial.headers().firstValue("Location")).hasValue("/review?decided=" + id + "&outcome=partial");
        JsonNode cable = TestServer.json(t.get("/api/v1/cables/" + id, reviewer));
        assertThat(cable.get("declassification").get("partial").asBoolean()).isTrue();
        assertThat(cable.get("declassification").get("exemptParagraphs").toString()).isEqualTo("[2]");
        assertThat(t.get("/review?decided=" + id + "&outcome=partial", reviewer).body())
                .contains(id + " is declassified in part.").doesNotContain("data-cable=\"" + id + "\"");
        assertThat(t.get("/review?all=true", reviewer).body()).contains("data-cable=\"" + id + "\"");

        // refusals are the API's, worded on the page
        HttpResponse<String> again = form("/review/" + id, reviewer, "decision=declassify");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("has already been declassified");
        HttpResponse<String> past = form("/review/" + readable.get(1), reviewer,
                "decision=extend&until=2000-01-01&reason=still+sensitive");
        assertThat(past.statusCode()).isEqualTo(400);
        assertThat(past.body()).contains("role=\"alert\"");
        HttpResponse<String> none = form("/review/" + readable.get(1), reviewer, "decision=partial");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("paragraphs:");

        String until = LocalDate.now(ZoneOffset.UTC).plusYears(5).toString();
        HttpResponse<String> extended = form("/review/" + readable.get(1), reviewer,
                "all=true&decision=extend&until=" + until + "&reason=talks+continue");
        assertThat(extended.headers().firstValue("Location"))
                .hasValue("/review?all=true&decided=" + readable.get(1) + "&outcome=extended");
        assertThat(t.get("/review", reviewer).body()).contains("to " + until + ": talks continue");
    }

    @Test
    void aCorrectionOfAReviewedCableIsBackWithANoteAndTheFormNamesTheVersion() throws Exception {
        String id = "09PRAGUE906";
        Path v1 = Files.createDirectories(dir.resolve("in906-1"));
        Files.writeString(v1.resolve(id + ".txt"), DeclassificationResourceTest.cable(906, "SIPDIS"), StandardCharsets.UTF_8);
        t.archive.ingest(List.of(v1), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        assertThat(t.get("/review", reviewer).body()).contains("name=\"version\" value=\"1\"");
        assertThat(form("/review/" + id, reviewer, "decision=declassify&version=1").statusCode()).isEqualTo(303);

        Path v2 = Files.createDirectories(dir.resolve("in906-2"));
        Files.writeString(v2.resolve(id + ".txt"), DeclassificationResourceTest.cable(906, "SIPDIS")
                .replace("counted twice", "counted thrice"), StandardCharsets.UTF_8);
        t.archive.ingest(List.of(v2), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        String page = t.get("/review", reviewer).body();
        assertThat(page).contains("version 2 of a cable declassified on review on ",
                "href=\"/cables/" + id + "/diff?from=1&amp;to=2\"", "name=\"version\" value=\"2\"");
        // the form of the text read before the correction is refused
        HttpResponse<String> stale = form("/review/" + id, reviewer, "decision=declassify&version=1");
        assertThat(stale.statusCode()).isEqualTo(400);
        assertThat(stale.body()).contains("not the version under review (2)");
        assertThat(form("/review/" + id, reviewer, "decision=declassify&version=2").statusCode()).isEqualTo(303);
    }

    @Test
    void theAuditViewerFiltersPagesAndVerifies() {
        HttpResponse<String> r = t.get("/audit?user=s-reader&action=search", auditor);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("value=\"s-reader\"").contains("<td>s-reader</td><td>search</td>")
                .doesNotContain("<td>auditor</td>").doesNotContain("<td>read</td>");
        // the page's query is recorded like the API's
        HttpResponse<String> queries = t.get("/audit?user=auditor&action=audit-query", auditor);
        assertThat(queries.body()).contains("user=s-reader action=search");

        HttpResponse<String> all = t.get("/audit", auditor);
        assertThat(all.body()).contains("rel=\"next\" href=\"/audit?page=2\"");
        assertThat(t.get("/audit?action=search&page=2", auditor).body()).contains("page 2 of")
                .contains("rel=\"prev\" href=\"/audit?action=search\"");

        HttpResponse<String> verified = t.get("/audit?user=s-reader&verify=true", auditor);
        assertThat(verified.body()).contains("id=\"verification\"").contains("Chain intact");

        HttpResponse<String> form = t.get("/audit?user=s-reader&action=&target=&since=&until=&verify=true", auditor);
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(form.headers().firstValue("Location")).hasValue("/audit?user=s-reader&verify=true");

        HttpResponse<String> bad = t.get("/audit?since=yesterday", auditor);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("since: a date YYYY-MM-DD");
    }
}
