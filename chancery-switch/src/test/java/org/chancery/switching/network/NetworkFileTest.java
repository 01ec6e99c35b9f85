package org.chancery.switching.network;

import org.chancery.cable.model.Level;
import org.chancery.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkFileTest {

    @TempDir
    Path dir;

    @Test
    void builtInCoversTheSeedAndTheCatalogPosts() {
        Network n = Network.builtIn();
        assertThat(n.station("RUEHPG").orElseThrow().plad()).isEqualTo("AMEMBASSY PRAGUE");
        assertThat(n.station("AMEMBASSY PRAGUE").orElseThrow().postWord()).isEqualTo("PRAGUE");
        assertThat(n.station("RUEHC").orElseThrow().kind()).isEqualTo(StationKind.DEPARTMENT);
        assertThat(n.station("secstate washdc").orElseThrow().ri()).isEqualTo("RUEHC");
        for (String ri : new String[] {"RUEAMDA", "RHEHNSC", "RUEKJCS"}) {
            Station s = n.station(ri).orElseThrow();
            assertThat(s.kind()).isEqualTo(StationKind.AGENCY);
            assertThat(s.mcn()).isFalse();
        }
        Collective epc = n.collective("RUEHZL").orElseThrow();
        assertThat(epc.plad()).isEqualTo("EUROPEAN POLITICAL COLLECTIVE");
        assertThat(epc.members()).contains("RUEHFL", "RUEHKW", "RUEHLA", "RUEHNP", "RUEHROV", "RUEHSL", "RUEHSR");
        assertThat(n.station("RUEHZL")).isEmpty();
        // a post of the catalog that the file does not list
        assertThat(n.station("RUEHMO").orElseThrow().postWord()).isEqualTo("MOSCOW");
        assertThat(n.nextHop("RUEHMO")).isEqualTo("RUEH");
        assertThat(n.nextHop("RUEKJCS")).isEqualTo("RUEKJCS");
        assertThat(n.user("charge").orElseThrow().principal().hasRole(Role.RELEASING_OFFICER)).isTrue();
        assertThat(n.station("RUEHKW").orElseThrow().accreditation()).isEqualTo(Level.CONFIDENTIAL);
    }

    @Test
    void readsAFileWithItsOwnCatalogAndRelays() throws Exception {
        Files.writeString(dir.resolve("extra.csv"), "RI,NAME\nRUQQAAA,AMEMBASSY ATLANTIS\n", StandardCharsets.UTF_8);
        Path file = dir.resolve("net.json");
        Files.writeString(file, """
                {"catalog": {"posts": false, "routingIndicators": false, "routingIndicatorFile": "extra.csv"},
                 "stations": [{"ri": "RUQQ", "plad": "ATLANTIC RELAY", "kind": "relay"},
                              {"ri": "RUQQBBB", "plad": "AMEMBASSY LEMURIA", "post": "LEMURIA", "accreditation": "ts"}],
                 "relays": [{"prefix": "RUQQ*", "via": "RUQQ"}, {"prefix": "RUQQB", "via": "RUQQBBB"}]}
                """, StandardCharsets.UTF_8);
        Network n = NetworkFile.load(file);
        assertThat(n.station("RUQQAAA").orElseThrow().plad()).isEqualTo("AMEMBASSY ATLANTIS");
        assertThat(n.station("RUQQBBB").orElseThrow().accreditation()).isEqualTo(Level.TOP_SECRET);
        assertThat(n.station("RUEHPG")).isEmpty();
        assertThat(n.nextHop("RUQQAAA")).isEqualTo("RUQQ");
        assertThat(n.nextHop("RUQQBBB")).isEqualTo("RUQQBBB"); // the longest prefix wins
    }

    @Test
    void everyProblemNamesTheFileThePathAndWhatIsWrong() {
        assertError("{\"stations\": [", "$", "not JSON");
        assertError("[]", "$", "one JSON object");
        assertError("{\"station\": []}", "$.station", "unknown key");
        assertError("{\"stations\": [{\"ri\": \"XYZ\", \"plad\": \"A\"}]}", "$.stations[0].ri", "not a routing indicator");
        assertError("{\"stations\": [{\"ri\": \"RUQQA\"}]}", "$.stations[0].plad", "missing");
        assertError("{\"stations\": [{\"ri\": \"RUQQA\", \"plad\": \"A\", \"accreditation\": \"SEKRET\"}]}",
                "$.stations[0].accreditation", "not a classification");
        assertError("{\"stations\": [{\"ri\": \"RUQQA\", \"plad\": \"A\", \"kind\": \"collective\"}]}",
                "$.stations[0].kind", "collectives go under");
        assertError("{\"stations\": [{\"ri\": \"RUQQA\", \"plad\": \"A\"}, {\"ri\": \"RUQQA\", \"plad\": \"B\"}]}",
                "$.stations[1].ri", "listed twice");
        assertError("{\"collectives\": [{\"ri\": \"RUQQZ\", \"plad\": \"SOME POSTS\", \"members\": [\"RUEHPG\"]}]}",
                "$.collectives[0].plad", "ends in COLLECTIVE");
        assertError("{\"collectives\": [{\"ri\": \"RUQQZ\", \"plad\": \"X COLLECTIVE\", \"members\": [\"RUQQQQ\"]}]}",
                "$.collectives[0].members[0]", "not a station");
        assertError("{\"relays\": [{\"prefix\": \"RUEH*\", \"via\": \"RUQQQQ\"}]}", "$.relays[0].via", "not a station");
        assertError("{\"relays\": [{\"prefix\": \"QQ*\", \"via\": \"RUEH\"}]}", "$.relays[0].prefix", "not the beginning");
        assertError("{\"channels\": [{\"from\": \"RUEHPG\", \"to\": \"RUEH\", \"designator\": \"X1\"}]}",
                "$.channels[0].designator", "3 capital letters");
        assertError("{\"users\": [{\"id\": \"a\", \"clearance\": \"SECRET\", \"roles\": [\"king\"]}]}",
                "$.users[0].roles", "not a role");
        assertError("{\"defaults\": {\"selfRelease\": \"yes\"}}", "$.defaults.selfRelease", "true or false");
    }

    private static void assertError(String json, String path, String words) {
        assertThatThrownBy(() -> NetworkFile.parse(json, "net.json", null))
                .isInstanceOfSatisfying(NetworkException.class, e -> {
                    assertThat(e.file()).isEqualTo("net.json");
                    assertThat(e.path()).isEqualTo(path);
                    assertThat(e.getMessage()).startsWith("net.json: " + path + ": ").contains(words);
                });
    }
}
