package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.archive.Archive;
import org.chancery.archive.index.IndexDocument;
import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.archive.index.LuceneSearchIndex;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCommandTest {

    @TempDir
    Path store;

    @BeforeEach
    void index() {
        // An archive whose store holds the two cables' text (the index keeps none: snippets are read from the
        // store), then documents put in its index directly (known fields), committed at the store's last seq.
        try (Archive archive = Archive.open(store)) {
            stored(archive, "09PRAGUE100", "THE RADAR SITE, SAID THE MINISTER, IS \"SETTLED\".");
            stored(archive, "08PARIS50", "THE MINISTER DISCUSSED THE ECONOMY.");
        }
        try (LuceneSearchIndex index = LuceneSearchIndex.open(store.resolve("index"))) {
            index.put(List.of(
                    cable("09PRAGUE100", "2009-10-02T14:05:00Z", "Embassy Prague", "PARM",
                            "CZECH VIEWS ON THE RADAR", "THE RADAR SITE, SAID THE MINISTER, IS \"SETTLED\"."),
                    cable("08PARIS50", "2008-01-20T09:00:00Z", "Embassy Paris", "ECON",
                            "FRENCH ECONOMY SLOWS", "THE MINISTER DISCUSSED THE ECONOMY.")));
            index.commit(2);
        }
    }

    /** Stores version 1 of {@code id}: an unclassified cable whose paragraph 1 is {@code text}. */
    static void stored(Archive archive, String id, String text) {
        byte[] source = ("RR RUEHC\nDE RUEHXX #0001 2751444\nR 021444Z OCT 09\nFM AMEMBASSY PRAGUE\n"
                + "TO RUEHC/SECSTATE WASHDC 0001\n\nUNCLAS PRAGUE 000100\n\nSIPDIS\n\nTAGS: PARM\n"
                + "SUBJECT: A SUBJECT\n\n1. (U) " + text + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        org.chancery.cable.ParsedCable parsed = org.chancery.cable.Cables.read(source, id,
                org.chancery.cable.SourceFormat.TEXT);
        archive.store().write(List.of(org.chancery.archive.store.NewVersion.of(id, parsed,
                org.chancery.cable.CableFacts.of(parsed), source, org.chancery.archive.store.Provenance.file(id))));
    }

    static IndexDocument cable(String id, String dtg, String origin, String tag, String subject, String text) {
        return new IndexDocument(id, 1, 1, Instant.parse(dtg), origin, List.of("SECSTATE WASHDC"), List.of(),
                Level.UNCLASSIFIED, List.of("SIPDIS"), List.of(tag), "ROUTINE", List.of(),
                List.of(new Portion(Portion.Kind.SUBJECT, null, Level.UNCLASSIFIED, List.of(), subject),
                        new Portion(Portion.Kind.PARAGRAPH, 1, Level.UNCLASSIFIED, List.of(), text)));
    }

    @Test
    void searchPrintsHitsWithSnippetsAndTotal() {
        Cli.Run run = Cli.run("search", "--store", store, "radar");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("""
                09PRAGUE100  2009-10-02  Embassy Prague  UNCLASSIFIED
                    CZECH VIEWS ON THE RADAR
                    THE *RADAR* SITE, SAID THE MINISTER, IS "SETTLED".
                1 cable (showing 1-1)
                """);
    }

    @Test
    void searchJoinsWordsSortsAndCountsFacets() {
        Cli.Run run = Cli.run("search", "--store", store, "--sort", "-date", "--facets", "--limit", "1", "the",
                "minister");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("09PRAGUE100").contains("2 cables (showing 1-1)\n")
                .contains("tag:  ECON (1)  PARM (1)\n").contains("year:  2008 (1)  2009 (1)\n");
    }

    @Test
    void searchJson() throws Exception {
        Cli.Run run = Cli.run("search", "--store", store, "--json", "--facets", "economy");
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("total").asInt()).isEqualTo(1);
        JsonNode hit = json.get("hits").get(0);
        assertThat(hit.get("id").asText()).isEqualTo("08PARIS50");
        assertThat(hit.get("dtg").asText()).isEqualTo("2008-01-20T09:00:00Z");
        assertThat(hit.get("snippet").get("text").asText()).isEqualTo("THE MINISTER DISCUSSED THE ECONOMY.");
        assertThat(hit.get("snippet").get("highlights").toString()).isEqualTo("[[27,34]]");
        assertThat(json.get("facets").get("origin").get(0).get("value").asText()).isEqualTo("Embassy Paris");
    }

    @Test
    void malformedQueryIsOneLineAndExitTwo() {
        Cli.Run run = Cli.run("search", "--store", store, "(radar");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("chancery: bad query: column 7: expected ')' to close the '(' at column 1, "
                + "found the end of the query\n");
    }

    @Test
    void missingStoreIsOneLine(@TempDir Path empty) {
        Cli.Run run = Cli.run("search", "--store", empty, "radar");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("chancery: no archive in '" + empty + "' (ingest cables first, or give --store)\n");
    }

    @Test
    void exportCsvAndJsonl() throws Exception {
        Cli.Run csv = Cli.run("export", "--store", store, "--format", "csv", "*");
        assertThat(csv.exitCode()).isZero();
        assertThat(csv.out()).isEqualTo(
                "id,date,origin,to,info,class,caveats,tags,precedence,references,subject\r\n"
                        + "08PARIS50,2008-01-20T09:00:00Z,Embassy Paris,SECSTATE WASHDC,,UNCLASSIFIED,SIPDIS,ECON,"
                        + "ROUTINE,,FRENCH ECONOMY SLOWS\r\n"
                        + "09PRAGUE100,2009-10-02T14:05:00Z,Embassy Prague,SECSTATE WASHDC,,UNCLASSIFIED,SIPDIS,PARM,"
                        + "ROUTINE,,CZECH VIEWS ON THE RADAR\r\n");
        Path out = store.resolve("out.jsonl");
        Cli.Run jsonl = Cli.run("export", "--store", store, "--format", "jsonl", "--sort", "-date", "--out", out,
                "minister");
        assertThat(jsonl.exitCode()).isZero();
        assertThat(jsonl.out()).isEmpty();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.readTree(lines.get(0)).get("id").asText()).isEqualTo("09PRAGUE100");
        assertThat(mapper.readTree(lines.get(1)).get("tags").toString()).isEqualTo("[\"ECON\"]");
    }

    @Test
    void exportRejectsBadFormatAndBadQuery() {
        assertThat(Cli.run("export", "--store", store, "--format", "xml", "*").err())
                .isEqualTo("chancery: --format is csv or jsonl, not 'xml'\n");
        Path out = store.resolve("never.csv");
        Cli.Run run = Cli.run("export", "--store", store, "--format", "csv", "--out", out, "date:2009-99");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("chancery: bad query: column 6: '2009-99' is not a date");
        assertThat(out).doesNotExist();
    }
}
