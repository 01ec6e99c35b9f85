package org.chancery.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.server.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.server.api.DraftResourceTest.problem;
import static org.chancery.server.api.DraftResourceTest.status;

public class DeclassificationResourceTest {

    @TempDir
    static Path dir;
    static TestServer t;
    static String reviewer;
    /** Items of the queue the reviewer reads whole. */
    static final List<String> readable = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        t = new TestServer(dir, 20);
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int mrn = 901; mrn <= 903; mrn++) {
            Files.writeString(in.resolve("09PRAGUE" + mrn + ".txt"), cable(mrn, "SIPDIS"), StandardCharsets.UTF_8);
        }
        Files.writeString(in.resolve("09PRAGUE904.txt"), cable(904, "NODIS"), StandardCharsets.UTF_8);
        t.archive.ingest(List.of(in), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        reviewer = t.token("reviewer");
        for (JsonNode i : status(t.get("/api/v1/declassification/review", reviewer), 200).get("items")) {
            String id = i.get("id").asText();
            assertThat(id).as("a NODIS cable is not listed for a reviewer without NODIS").isNotEqualTo(NODIS);
            if (t.get("/api/v1/cables/" + id + "/original", reviewer).statusCode() == 200) readable.add(id);
        }
        assertThat(readable).as("the generated corpus puts cables the reviewer reads in the review queue")
                .hasSizeGreaterThanOrEqualTo(3);
    }

    static final String NODIS = "09PRAGUE904";

    /** A fictional SECRET cable from Prague whose E.O. line needs a reviewer (OADR), with a caption. */
    public static String cable(int mrn, String caption) {
        return "VZCZCXRO0" + mrn + "\nRR RUEHC\nDE RUEHPG #0" + mrn + " 2751200\nZNY SSSSS ZZH\nR 021200Z OCT 09\n"
                + "FM AMEMBASSY PRAGUE\nTO RUEHC/SECSTATE WASHDC 0" + mrn + "\n\n"
                + "S E C R E T PRAGUE 000" + mrn + "\n\n" + caption + "\n\nE.O. 12958: DECL: OADR\n"
                + "TAGS: PREL PGOV EZ\nSUBJECT: (C) ORCHARD TALKS " + mrn + "\n\n"
                + "Classified By: Ambassador John Doe, reasons 1.4 (b) and (d)\n\n"
                + "1. (C) The orchard committee met again.\n\n2. (S) The apples were counted twice.\n\nDOE\n";
    }

    @AfterAll
    static void stop() {
        t.close();
    }

    @Test
    void declassifyInFullInPartAndExtend() {
        String full = readable.get(0);
        JsonNode d = status(t.postJson("/api/v1/declassification/review/" + full, reviewer,
                "{\"decision\": \"declassify\"}"), 200);
        assertThat(d.get("outcome").asText()).isEqualTo("declassified");
        assertThat(d.get("banner").asText()).startsWith("DECLASSIFIED");
        problem(t.postJson("/api/v1/declassification/review/" + full, reviewer, "{\"decision\": \"declassify\"}"), 409);

        String extend = readable.get(1);
        JsonNode e = status(t.postJson("/api/v1/declassification/review/" + extend, reviewer,
                "{\"decision\": \"extend\", \"until\": \"2199-01-01\", \"reason\": \"ongoing negotiation\"}"), 200);
        assertThat(e.get("outcome").asText()).isEqualTo("extended");
        JsonNode items = status(t.get("/api/v1/declassification/review", reviewer), 200).get("items");
        boolean extended = false;
        for (JsonNode i : items) if (i.get("id").asText().equals(extend)) extended = i.get("state").asText().equals("EXTENDED");
        assertThat(extended).isTrue();

        // a paragraph the cable does not have is the reviewer's error
        problem(t.postJson("/api/v1/declassification/review/" + readable.get(2), reviewer,
                "{\"decision\": \"partial\", \"paragraphs\": [999]}"), 400);
    }

    @Test
    void aCorrectionGoesBackToReviewAndADecisionNamesTheVersionJudged() throws Exception {
        String id = "09PRAGUE905";
        Path v1 = Files.createDirectories(dir.resolve("in905-1"));
        Files.writeString(v1.resolve(id + ".txt"), cable(905, "SIPDIS"), StandardCharsets.UTF_8);
        t.archive.ingest(List.of(v1), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        status(t.postJson("/api/v1/declassification/review/" + id, reviewer,
                "{\"decision\": \"declassify\", \"version\": 1}"), 200);

        Path v2 = Files.createDirectories(dir.resolve("in905-2"));
        Files.writeString(v2.resolve(id + ".txt"), cable(905, "SIPDIS").replace("counted twice", "counted thrice"),
                StandardCharsets.UTF_8);
        t.archive.ingest(List.of(v2), IngestOptions.defaults(), new IngestListener() { });
        new Declassifier(t.archive, "test").run(LocalDate.now(ZoneOffset.UTC));
        JsonNode item = null;
        for (JsonNode i : status(t.get("/api/v1/declassification/review", reviewer), 200).get("items")) {
            if (i.get("id").asText().equals(id)) item = i;
        }
        assertThat(item).as("version 2 is in the queue").isNotNull();
        assertThat(item.get("version").asInt()).isEqualTo(2);
        assertThat(item.get("state").asText()).isEqualTo("PENDING");
        assertThat(item.get("note").asText()).startsWith("version 2 of a cable declassified on review on ")
                .endsWith("(version 1, in full); compare the versions");
        // a decision on the version read before the correction is refused; on version 2 it is taken
        JsonNode stale = problem(t.postJson("/api/v1/declassification/review/" + id, reviewer,
                "{\"decision\": \"declassify\", \"version\": 1}"), 400);
        assertThat(stale.get("detail").asText()).contains("not the version under review (2)");
        problem(t.postJson("/api/v1/declassification/review/" + id, reviewer,
                "{\"decision\": \"declassify\", \"version\": \"two\"}"), 400);
        status(t.postJson("/api/v1/declassification/review/" + id, reviewer,
                "{\"decision\": \"declassify\", \"version\": 2}"), 200);
    }

    @Test
    void reviewersOnly() {
        problem(t.get("/api/v1/declassification/review", t.token("ts-officer")), 403);
        problem(t.postJson("/api/v1/declassification/review/" + readable.get(2), t.token("admin"),
                "{\"decision\": \"declassify\"}"), 403);
        problem(t.get("/api/v1/declassification/review", null), 401);
    }

    @Test
    void aCableNotForTheReviewerIsAsMissing() {
        JsonNode hidden = problem(t.postJson("/api/v1/declassification/review/" + NODIS, reviewer,
                "{\"decision\": \"declassify\"}"), 404);
        assertThat(hidden.get("detail").asText()).isEqualTo("no cable " + NODIS);
    }

    @Test
    void badInput() {
        String id = readable.get(2);
        String p = "/api/v1/declassification/review/" + id;
        problem(t.postJson(p, reviewer, "{}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"burn\"}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"partial\"}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"partial\", \"paragraphs\": [\"x\"]}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"extend\", \"until\": \"tomorrow\", \"reason\": \"r\"}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"extend\", \"until\": \"2000-01-01\", \"reason\": \"r\"}"), 400);
        problem(t.postJson(p, reviewer, "{\"decision\": \"extend\", \"until\": \"2199-01-01\"}"), 400);
        problem(t.get("/api/v1/declassification/review?all=maybe", reviewer), 400);
        // a cable that does not exist answers as one that does not exist for the reviewer
        JsonNode missing = problem(t.postJson("/api/v1/declassification/review/99NOWHERE1", reviewer,
                "{\"decision\": \"declassify\"}"), 404);
        assertThat(missing.get("detail").asText()).isEqualTo("no cable 99NOWHERE1");
    }
}
