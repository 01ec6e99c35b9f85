package org.chancery.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ParseCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The fields the schema requires, in docs/json.md; more are allowed. */
    private static final List<String> SCHEMA_FIELDS = List.of("source", "id", "classification", "caveats", "dtg",
            "precedence", "from", "to", "info", "transmission", "mrn", "section", "eo", "tags", "subject",
            "references", "classifiedBy", "paragraphs", "summary", "signers", "diagnostics");

    private static List<JsonNode> jsonLines(Cli.Run run) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : run.out().split("\n")) nodes.add(JSON.readTree(line));
        return nodes;
    }

    @Test
    void jsonOfOwnCable() throws IOException {
        Cli.Run run = Cli.run("parse", "--json", Cli.resource("cables/08VILNIUS123.txt"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("\n").doesNotContain("\n{\n");
        List<JsonNode> lines = jsonLines(run);
        assertThat(lines).hasSize(1);
        JsonNode c = lines.get(0);
        assertThat(c.properties()).extracting(e -> e.getKey()).containsAll(SCHEMA_FIELDS);

        assertThat(c.get("source").asText()).isEqualTo("08VILNIUS123");
        assertThat(c.get("id").asText()).isEqualTo("08VILNIUS123");
        assertThat(c.get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(texts(c.get("caveats"))).containsExactly("SIPDIS");
        assertThat(c.get("dtg").asText()).isEqualTo("2008-02-14T10:30:00Z");
        assertThat(c.get("precedence").asText()).isEqualTo("PRIORITY");
        assertThat(c.get("from").toString()).isEqualTo("{\"ri\":\"RUEHVL\",\"name\":\"AMEMBASSY VILNIUS\"}");
        assertThat(c.get("to").toString()).isEqualTo(
                "[{\"ri\":\"RUEHC\",\"name\":\"SECSTATE WASHDC\",\"precedence\":\"PRIORITY\",\"mcn\":\"4321\"}]");
        assertThat(c.get("info").toString()).isEqualTo(
                "[{\"ri\":\"RUEHZL\",\"name\":\"EUROPEAN POLITICAL COLLECTIVE\",\"precedence\":null,\"mcn\":null},"
                        + "{\"ri\":\"RUEHRA\",\"name\":\"AMEMBASSY RIGA\",\"precedence\":null,\"mcn\":\"0877\"}]");

        JsonNode tx = c.get("transmission");
        assertThat(tx.get("id").asText()).isEqualTo("VZCZCXRO4821");
        assertThat(texts(tx.get("routing"))).containsExactly("RUEHC");
        assertThat(tx.get("station").asText()).isEqualTo("RUEHVL");
        assertThat(tx.get("ssn").asText()).isEqualTo("0123");
        assertThat(tx.get("section").isNull()).isTrue();
        assertThat(tx.get("filed").asText()).isEqualTo("0451030");
        assertThat(tx.get("security").asText()).isEqualTo("ZNY CCCCC ZZH");

        assertThat(c.get("mrn").toString()).isEqualTo("{\"post\":\"VILNIUS\",\"number\":\"000123\"}");
        assertThat(c.get("section").isNull()).isTrue();
        assertThat(c.get("eo").get("order").asText()).isEqualTo("12958");
        assertThat(c.get("eo").get("declassify").asText()).isEqualTo("2018-02-14");
        assertThat(c.get("eo").get("text").asText()).isEqualTo("DECL: 02/14/2018");
        assertThat(texts(c.get("tags"))).containsExactly("PREL", "PGOV", "ENRG", "LH");
        assertThat(c.get("subject").asText()).isEqualTo("LITHUANIA: MINISTRY PLANS A REGIONAL GRID WORKSHOP");

        JsonNode refs = c.get("references");
        assertThat(refs).hasSize(2);
        assertThat(refs.get(0).get("letter").asText()).isEqualTo("A");
        assertThat(refs.get(0).get("kind").asText()).isEqualTo("CABLE");
        assertThat(refs.get(0).get("id").asText()).isEqualTo("08STATE12345");
        assertThat(refs.get(1).get("letter").asText()).isEqualTo("B");
        assertThat(refs.get(1).get("id").asText()).isEqualTo("07VILNIUS987");
        assertThat(refs.get(1).get("text").asText()).contains("VILNIUS 000987");

        JsonNode by = c.get("classifiedBy");
        assertThat(by.get("name").asText()).isEqualTo("Jane Q. Example");
        assertThat(by.get("title").asText()).isEqualTo("Ambassador");
        assertThat(texts(by.get("reasons"))).containsExactly("1.4(b)", "1.4(d)");

        JsonNode paragraphs = c.get("paragraphs");
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(paragraphs.get(0).get("marking").asText()).isEqualTo("C");
        assertThat(paragraphs.get(0).get("text").asText()).startsWith("SUMMARY: The Ministry of Energy plans");
        assertThat(paragraphs.get(1).get("number").asInt()).isEqualTo(2);
        assertThat(paragraphs.get(1).get("marking").asText()).isEqualTo("U");
        assertThat(paragraphs.get(1).get("text").asText()).startsWith("The Ministry sent a draft agenda");
        assertThat(c.get("summary").asText()).contains("workshop on regional grid planning");
        assertThat(texts(c.get("signers"))).containsExactly("EXAMPLE");
        assertThat(c.get("diagnostics").isArray()).isTrue();
    }

    @Test
    void jsonOfTheSeed() throws IOException {
        Path shared = Cli.shared();
        assumeTrue(shared != null, "../shared is absent: the seed cable is not available on this machine");
        Cli.Run run = Cli.run("parse", "--json", shared.resolve("seed/seed-cable.txt"));

        assertThat(run.exitCode()).isZero();
        JsonNode c = jsonLines(run).get(0);
        assertThat(c.get("source").asText()).isEqualTo("seed-cable");
        assertThat(c.get("id").asText()).isEqualTo("09PRAGUE589");
        assertThat(c.get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(texts(c.get("caveats"))).containsExactly("SIPDIS");
        assertThat(c.get("dtg").asText()).isEqualTo("2009-10-02T14:44:00Z");
        assertThat(c.get("precedence").asText()).isEqualTo("ROUTINE");
        assertThat(c.get("from").toString()).isEqualTo("{\"ri\":\"RUEHPG\",\"name\":\"AMEMBASSY PRAGUE\"}");
        assertThat(c.get("to").toString()).isEqualTo(
                "[{\"ri\":\"RUEHC\",\"name\":\"SECSTATE WASHDC\",\"precedence\":null,\"mcn\":\"1802\"}]");
        assertThat(c.get("info")).hasSize(4);
        assertThat(c.get("info").get(0).toString()).isEqualTo(
                "{\"ri\":\"RUEHZL\",\"name\":\"EUROPEAN POLITICAL COLLECTIVE\",\"precedence\":null,\"mcn\":null}");
        JsonNode tx = c.get("transmission");
        assertThat(tx.get("id").asText()).isEqualTo("VZCZCXRO0224");
        assertThat(texts(tx.get("routing"))).startsWith("RUEHDBU", "RUEHFL").hasSize(8);
        assertThat(tx.get("station").asText()).isEqualTo("RUEHPG");
        assertThat(tx.get("ssn").asText()).isEqualTo("0589");
        assertThat(tx.get("filed").asText()).isEqualTo("2751444");
        assertThat(tx.get("security").asText()).isEqualTo("ZNY CCCCC ZZH");
        assertThat(c.get("mrn").toString()).isEqualTo("{\"post\":\"PRAGUE\",\"number\":\"000589\"}");
        assertThat(c.get("section").isNull()).isTrue();
        assertThat(c.get("eo").get("order").asText()).isEqualTo("12958");
        assertThat(c.get("eo").get("declassify").asText()).isEqualTo("2011-10-01");
        assertThat(c.get("eo").get("text").asText()).isEqualTo("DECL: 10/01/2011");
        assertThat(texts(c.get("tags"))).containsExactly("PARM", "PREL", "EZ", "EUN");
        assertThat(c.get("subject").asText()).isEqualTo("CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION");
        JsonNode ref = c.get("references").get(0);
        assertThat(ref.get("letter").isNull()).isTrue();
        assertThat(ref.get("kind").asText()).isEqualTo("EMAIL");
        assertThat(ref.get("id").isNull()).isTrue();
        assertThat(ref.get("text").asText()).isEqualTo("CARNIE-QUANRUD E-MAIL DATED 10.01.2009");
        JsonNode by = c.get("classifiedBy");
        assertThat(by.get("name").asText()).isEqualTo("Mary Thompson-Jones");
        assertThat(by.get("title").asText()).isEqualTo("Charge");
        assertThat(texts(by.get("reasons"))).containsExactly("1.4(b)", "1.4(d)");
        assertThat(c.get("paragraphs")).hasSize(3);
        assertThat(c.get("paragraphs").get(0).get("marking").asText()).isEqualTo("SBU");
        assertThat(c.get("paragraphs").get(0).get("text").asText()).startsWith("In response to delivery of");
        assertThat(c.get("summary").isNull()).isTrue();
        assertThat(texts(c.get("signers"))).containsExactly("THOMPSON-JONES");
    }

    @Test
    void folderIsReadRecursivelyInPathOrder() throws IOException {
        Cli.Run run = Cli.run("parse", "--json", Cli.resource("cables"));

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        // 08VILNIUS123.txt sorts before older/…; in older/, 10TALLINN77.html before 75REYKJAVIK321.txt;
        // notes.md is not a cable.
        assertThat(jsonLines(run)).extracting(n -> n.get("source").asText())
                .containsExactly("08VILNIUS123", "10TALLINN77", "75REYKJAVIK321");
        JsonNode html = jsonLines(run).get(1);
        assertThat(html.get("format").asText()).isEqualTo("html");
        assertThat(html.get("id").asText()).isEqualTo("10TALLINN77");
        assertThat(html.get("subject").asText()).isEqualTo("ESTONIA: LIBRARY & ARCHIVE OPENING HOURS CHANGE");
        assertThat(texts(html.get("tags"))).containsExactly("ECON", "EN");
        assertThat(html.get("paragraphs")).hasSize(2);
    }

    @Test
    void sameOutputOnEveryRun() {
        Path folder = Cli.resource("cables");
        assertThat(Cli.run("parse", "--json", folder, folder).out()).isEqualTo(Cli.run("parse", "--json", folder).out());
    }

    @Test
    void humanSummary() {
        Cli.Run run = Cli.run("parse", Cli.resource("cables/08VILNIUS123.txt"));

        assertThat(run.exitCode()).isZero();
        String[] lines = run.out().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("08VILNIUS123  CONFIDENTIAL  2008-02-14T10:30:00Z  FM AMEMBASSY VILNIUS  (")
                .endsWith("08VILNIUS123.txt)");
        assertThat(lines[1]).isEqualTo("  LITHUANIA: MINISTRY PLANS A REGIONAL GRID WORKSHOP");
        assertThat(lines[2]).startsWith("  2 paragraphs, ");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
