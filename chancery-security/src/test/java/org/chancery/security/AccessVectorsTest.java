package org.chancery.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Runs every case of {@code access-vectors.json} through the decision. */
class AccessVectorsTest {

    private static final String FILE = "/access-vectors.json";

    private static String fileText() throws IOException {
        try (InputStream in = AccessVectorsTest.class.getResourceAsStream(FILE)) {
            assertThat(in).as(FILE + " on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static Principal principal(String id, JsonNode p) {
        Level clearance = switch (p.get("clearance").asText()) {
            case "UNCLASSIFIED" -> Level.UNCLASSIFIED;
            case "SBU" -> Level.SBU;
            case "CONFIDENTIAL" -> Level.CONFIDENTIAL;
            case "SECRET" -> Level.SECRET;
            case "TOP SECRET" -> Level.TOP_SECRET;
            default -> throw new IllegalArgumentException("clearance " + p.get("clearance"));
        };
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : strings(p.get("roles"))) roles.add(Role.valueOf(r));
        return new Principal(id, clearance, strings(p.get("accessLists")), strings(p.get("nationalities")),
                strings(p.get("memberships")), roles);
    }

    @TestFactory
    List<DynamicTest> everyVector() throws IOException {
        JsonNode root = new ObjectMapper().readTree(fileText());
        Map<String, Principal> principals = new HashMap<>();
        root.get("principals").properties().forEach(e -> principals.put(e.getKey(), principal(e.getKey(), e.getValue())));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : root.get("cases")) {
            String id = c.get("id").asText();
            String label = c.get("label").asText();
            String expect = c.get("expect").asText();
            Reason reason = Reason.valueOf(c.get("reason").asText());
            Principal p = principals.get(c.get("principal").asText());
            tests.add(DynamicTest.dynamicTest(id + " " + c.get("principal").asText() + " " + label, () -> {
                assertThat(p).as("principal of " + id).isNotNull();
                Decision d = AccessDecider.decide(p, label);
                assertThat(d.reason()).as(id + ": " + d.message()).isEqualTo(reason);
                assertThat(d.allowed()).as(id).isEqualTo(expect.equals("allow"));
                if (expect.equals("error")) {
                    assertThat(Labels.parse(label)).as(id).isInstanceOf(ParsedLabel.Malformed.class);
                    assertThat(d.message()).as(id).startsWith("malformed label: ");
                } else {
                    // a well-formed label reads back from its own canonical text
                    Label l = Labels.parse(label).labelOrNull();
                    assertThat(l).as(id).isNotNull();
                    assertThat(Labels.parse(l.toString())).as(id).isEqualTo(ParsedLabel.of(l));
                }
            }));
        }
        return tests;
    }

    @Test
    void enoughVectorsOfEveryKind() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(fileText()).get("cases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(300);
        Set<String> ids = new HashSet<>();
        Set<String> reasons = new HashSet<>();
        int errors = 0;
        for (JsonNode c : cases) {
            assertThat(ids.add(c.get("id").asText())).as("unique id " + c.get("id")).isTrue();
            reasons.add(c.get("reason").asText());
            if (c.get("expect").asText().equals("error")) errors++;
        }
        assertThat(errors).isGreaterThanOrEqualTo(30);
        assertThat(reasons).containsExactlyInAnyOrder("ALLOWED", "LEVEL", "CONTROL_NOT_HELD", "NOT_RELEASABLE",
                "DISTRIBUTION", "MALFORMED_LABEL");
    }

    @Test
    void theFileIsWhatTheGeneratorWrites() throws IOException {
        assertThat(fileText()).as("regenerate with AccessVectorGenerator.main and commit the file")
                .isEqualTo(AccessVectorGenerator.json());
    }
}
