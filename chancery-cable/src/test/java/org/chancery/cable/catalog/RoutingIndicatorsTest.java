package org.chancery.cable.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutingIndicatorsTest {

    private final RoutingIndicators builtIn = RoutingIndicators.builtIn();

    @Test
    void builtInKnowsTheSeedsStations() {
        assertThat(builtIn.name("RUEHC")).contains("SECSTATE WASHDC");
        assertThat(builtIn.name("RUEHPG")).contains("AMEMBASSY PRAGUE");
        assertThat(builtIn.name("RUEHZL")).contains("EUROPEAN POLITICAL COLLECTIVE");
        assertThat(builtIn.name("RUEAMDA")).contains("MDA WASHINGTON DC");
        assertThat(builtIn.name("RHEHNSC")).contains("NSC WASHDC");
        assertThat(builtIn.names("RUEKJCS")).containsExactly("SECDEF WASHDC", "JOINT STAFF WASHDC");
        for (String ri : "RUEH RUEHDBU RUEHFL RUEHKW RUEHLA RUEHNP RUEHROV RUEHSL RUEHSR".split(" ")) {
            assertThat(builtIn.isKnown(ri)).as(ri).isTrue();
        }
    }

    @Test
    void lookupsIgnoreCaseAndWhitespace() {
        assertThat(builtIn.name(" ruehpg ")).contains("AMEMBASSY PRAGUE");
    }

    @Test
    void notFound() {
        assertThat(builtIn.name("RZZZZZZ")).isEmpty();
        assertThat(builtIn.names(null)).isEmpty();
        assertThat(builtIn.isKnown("")).isFalse();
        assertThat(builtIn.isCollective("RZZZZZZ")).isFalse();
    }

    @Test
    void collectives() {
        assertThat(builtIn.isCollective("RUEHZL")).isTrue();
        assertThat(builtIn.isCollective("RUEHPG")).isFalse();
    }

    @Test
    void wellFormed() {
        assertThat(RoutingIndicators.isWellFormed("RUEH")).isTrue();
        assertThat(RoutingIndicators.isWellFormed("RUEHROV")).isTrue();
        assertThat(RoutingIndicators.isWellFormed("RUE")).isFalse();
        assertThat(RoutingIndicators.isWellFormed("RUEHROVX")).isFalse();
        assertThat(RoutingIndicators.isWellFormed("XUEHPG")).isFalse();
        assertThat(RoutingIndicators.isWellFormed("ruehpg")).isFalse();
        assertThat(RoutingIndicators.isWellFormed(null)).isFalse();
    }

    @Test
    void loadsQuotedNamesBlocksDuplicatesAndAHeader(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("ri.csv");
        Files.writeString(csv, """
                RI,NAME
                RQQQA,"ALPHA, BETA AND ""GAMMA""\"
                RQQQB,STATION ONE
                RQQQB,STATION TWO
                RQQQB,STATION ONE
                RQQXAA THRU RQQXAF,BLOCK STATION
                RQQQC,SOME COLLECTIVE
                """, StandardCharsets.UTF_8);
        RoutingIndicators loaded = RoutingIndicators.load(csv);
        assertThat(loaded.name("RQQQA")).contains("ALPHA, BETA AND \"GAMMA\"");
        assertThat(loaded.names("RQQQB")).containsExactly("STATION ONE", "STATION TWO");
        assertThat(loaded.name("RQQXAC")).contains("BLOCK STATION");
        assertThat(loaded.name("RQQXAF")).contains("BLOCK STATION");
        assertThat(loaded.name("RQQXAG")).isEmpty();
        assertThat(loaded.name("RQQXBC")).isEmpty();
        assertThat(loaded.isCollective("RQQQC")).isTrue();
        assertThat(loaded.name("RI")).isEmpty();
        assertThat(loaded.size()).isEqualTo(4);
        assertThat(loaded.isKnown("RUEHPG")).isFalse();

        RoutingIndicators merged = RoutingIndicators.merge(csv);
        assertThat(merged.isKnown("RUEHPG")).isTrue();
        assertThat(merged.isKnown("RQQQA")).isTrue();
        assertThat(builtIn.withAll(loaded).size()).isEqualTo(builtIn.size() + 4);
    }

    @Test
    void malformedFilesNameFileLineAndProblem(@TempDir Path dir) throws IOException {
        assertMalformed(dir, "RUEHPG AMEMBASSY PRAGUE\n", 1, "no comma");
        assertMalformed(dir, "RUEHPG,OK\nXUEHPG,BAD\n", 2, "not R followed");
        assertMalformed(dir, "RUEHPG,\"UNCLOSED\n", 1, "unclosed");
        assertMalformed(dir, "RUEHPG,\"A\" B\n", 1, "after the closing quote");
        assertMalformed(dir, "RUEHPG,A \"B\"\n", 1, "stray double quote");
        assertMalformed(dir, "RUEHPG,\n", 1, "empty station name");
        assertMalformed(dir, "RQQXAF THRU RQQXAA,X\n", 1, "bad RI block");
        assertMalformed(dir, "RQQXAA THRU RQQYAF,X\n", 1, "bad RI block");
        assertMalformed(dir, "RI,NAME\nRI,NAME\n", 2, "RI \"RI\"");
    }

    private static void assertMalformed(Path dir, String content, int line, String problem) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> RoutingIndicators.load(file))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void loadsTheSharedCatalog() throws IOException {
        Path csv = Corpus.shared().resolve("catalogs/routing-indicators.csv");
        assumeTrue(Files.isRegularFile(csv), "routing-indicators.csv is absent (looked in " + csv.toAbsolutePath()
                + "); skipping");
        long rows = Files.readAllLines(csv, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
        RoutingIndicators loaded = RoutingIndicators.load(csv);
        System.out.printf(java.util.Locale.ROOT, "routing indicators: %d rows, %d distinct RIs or blocks%n", rows,
                loaded.size());
        assertThat(rows).isEqualTo(1656);
        assertThat(loaded.name("RUEHPG")).contains("AMEMBASSY PRAGUE");
        assertThat(loaded.name("RUEHC")).contains("DEPT OF STATE WASHINGTON DC");
        assertThat(loaded.name("RBDWC")).contains("MODUK, MODUK AIR, MODUK ARMY, MODUK NAVY, MODUK DES");
        assertThat(loaded.names("RUEPVBT")).hasSizeGreaterThan(1);
        assertThat(loaded.isKnown("RHFJAAM")).isTrue();
        assertThat(loaded.isKnown("RUEHZL")).isFalse();
        RoutingIndicators merged = RoutingIndicators.builtIn().withAll(loaded);
        assertThat(merged.isCollective("RUEHZL")).isTrue();
        assertThat(merged.name("RUEHC")).contains("SECSTATE WASHDC");
    }
}
