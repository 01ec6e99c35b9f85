package org.chancery.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes {@code src/test/resources/access-vectors.json}: the language-neutral test vectors of the access
 * decision. Run once when the rules change ({@code main}, from the module directory or with the output path as
 * argument) and commit the file; {@link AccessVectorsTest} checks the file is what this writes.
 *
 * <p>The systematic part crosses principals with labels built from parts (level × controls × REL TO ×
 * distribution) and works out the expected answer from those parts with its own plain reading of the rules —
 * not with {@link AccessDecider} — so the vectors test the decider rather than repeat it. The hand-written part
 * is the edge cases, malformed labels first.
 */
public final class AccessVectorGenerator {

    static final Path DEFAULT_OUT = Path.of("src/test/resources/access-vectors.json");

    /** A principal of the file. */
    record P(String name, String clearance, List<String> accessLists, List<String> nationalities,
             List<String> memberships, List<String> roles) {
    }

    /** A case of the file. */
    record Case(String id, String principal, String label, String expect, String reason, String note) {
    }

    static final List<String> LEVELS = List.of("UNCLASSIFIED", "SBU", "CONFIDENTIAL", "SECRET", "TOP SECRET");

    static final List<P> PRINCIPALS = List.of(
            new P("ts-all-lists", "TOP SECRET", List.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "SPECAT", "ORCON", "PROPIN"),
                    List.of("USA"), List.of("STATE", "PRAGUE", "EUR/CE"), List.of("READER", "ADMINISTRATOR")),
            new P("s-prague-exdis", "SECRET", List.of("EXDIS"), List.of("USA"), List.of("PRAGUE"),
                    List.of("READER", "DRAFTER")),
            new P("c-state", "CONFIDENTIAL", List.of(), List.of("USA"), List.of("STATE", "EUR/CE"), List.of("READER")),
            new P("sbu-rome", "SBU", List.of(), List.of("USA"), List.of("ROME"), List.of("READER")),
            new P("u-nobody", "UNCLASSIFIED", List.of(), List.of("USA"), List.of(), List.of()),
            new P("s-gbr-liaison", "SECRET", List.of(), List.of("GBR"), List.of("LONDON"), List.of("READER")),
            new P("ts-dual-usa-gbr-nodis", "TOP SECRET", List.of("NODIS"), List.of("USA", "GBR"), List.of("STATE"),
                    List.of("READER", "AUDITOR")),
            new P("s-no-nationality", "SECRET", List.of("EXDIS", "NODIS"), List.of(), List.of("PRAGUE", "STATE"),
                    List.of("READER")));

    static final List<List<String>> CONTROLS = List.of(List.of(), List.of("NOFORN"), List.of("EXDIS"),
            List.of("NOFORN", "NODIS"));
    static final List<List<String>> REL_TO = List.of(List.of(), List.of("USA", "GBR"));
    static final List<String> DISTRIBUTIONS = List.of("", "SIPDIS", "DIST PRAGUE, STATE");

    public static void main(String[] args) throws IOException {
        Path out = args.length > 0 ? Path.of(args[0]) : DEFAULT_OUT;
        Files.writeString(out, json(), StandardCharsets.UTF_8);
        System.out.println("wrote " + cases().size() + " cases to " + out.toAbsolutePath());
    }

    static List<Case> cases() {
        List<Case> out = new ArrayList<>(systematic());
        out.addAll(handWritten());
        return out;
    }

    static List<Case> systematic() {
        List<Case> out = new ArrayList<>();
        int n = 0;
        for (P p : PRINCIPALS) {
            for (String level : LEVELS) {
                for (List<String> controls : CONTROLS) {
                    for (List<String> relTo : REL_TO) {
                        for (String dist : DISTRIBUTIONS) {
                            StringBuilder label = new StringBuilder(level);
                            for (String c : controls) label.append("//").append(c);
                            if (!relTo.isEmpty()) label.append("//REL TO ").append(String.join(", ", relTo));
                            if (!dist.isEmpty()) label.append("//").append(dist);
                            String reason = expected(p, level, controls, relTo, dist);
                            out.add(new Case(String.format("sys-%04d", ++n), p.name(), label.toString(),
                                    reason.equals("ALLOWED") ? "allow" : "deny", reason, null));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The rules, read plainly: level, then each control, then REL TO, then distribution. */
    static String expected(P p, String level, List<String> controls, List<String> relTo, String dist) {
        if (LEVELS.indexOf(p.clearance()) < LEVELS.indexOf(level)) return "LEVEL";
        for (String c : controls) {
            boolean held = c.equals("NOFORN") ? p.nationalities().contains("USA") : p.accessLists().contains(c);
            if (!held) return "CONTROL_NOT_HELD";
        }
        if (!relTo.isEmpty() && relTo.stream().noneMatch(p.nationalities()::contains)) return "NOT_RELEASABLE";
        if (dist.startsWith("DIST ")) {
            List<String> to = List.of(dist.substring(5).split(", "));
            if (to.stream().noneMatch(p.memberships()::contains)) return "DISTRIBUTION";
        }
        return "ALLOWED";
    }

    private static Case allow(String id, String principal, String label, String note) {
        return new Case(id, principal, label, "allow", "ALLOWED", note);
    }

    private static Case deny(String id, String principal, String label, String reason, String note) {
        return new Case(id, principal, label, "deny", reason, note);
    }

    private static Case error(String id, String principal, String label, String note) {
        return new Case(id, principal, label, "error", "MALFORMED_LABEL", note);
    }

    static List<Case> handWritten() {
        List<Case> out = new ArrayList<>();
        String top = "ts-all-lists";
        // malformed labels: denied with an error even for the most trusted principal
        String[][] malformed = {
                {"", "empty"},
                {" ", "a space"},
                {"SECRET//", "empty element after //"},
                {"SECRET////NOFORN", "empty element between separators"},
                {"//NOFORN", "no level"},
                {"NOFORN", "a control is not a level"},
                {"RESTRICTED", "unknown level"},
                {"COSMIC TOP SECRET", "unknown level"},
                {"secret", "lower case"},
                {"Secret//Noforn", "mixed case"},
                {"SECRET//noforn", "lower-case control"},
                {" SECRET", "leading space"},
                {"SECRET ", "trailing space"},
                {"SECRET\t", "trailing tab"},
                {"TOP  SECRET", "two spaces in the level"},
                {"S//NF", "portion-mark abbreviations are not the label text"},
                {"SECRET/NOFORN", "single slash"},
                {"SECRET//NF", "abbreviated control"},
                {"SECRET//NOFORN//NOFORN", "control twice"},
                {"SECRET//REL TO", "REL TO with no countries"},
                {"SECRET//REL TO ", "REL TO with a space and no countries"},
                {"SECRET//REL TO USA,", "REL TO with an empty country"},
                {"SECRET//REL TO USA,, GBR", "REL TO with an empty country in the middle"},
                {"SECRET//REL TO GBR", "REL TO without USA"},
                {"SECRET//REL TO USA, GB", "two-letter country"},
                {"SECRET//REL TO USA, G8R", "digit in a country"},
                {"SECRET//REL TO USA, UNITEDKINGDOM", "country name instead of a code"},
                {"SECRET//REL TO USA//REL TO USA, GBR", "REL TO twice"},
                {"SECRET//RELTO USA", "REL TO run together"},
                {"SECRET//SIPDIS//SIPDIS", "SIPDIS twice"},
                {"SECRET//SIPDIS//DIST PRAGUE", "SIPDIS and DIST"},
                {"SECRET//DIST", "DIST with no recipients"},
                {"SECRET//DIST PRAGUE,,STATE", "DIST with an empty recipient"},
                {"SECRET//DIST US EMBASSY", "DIST recipient with a space"},
                {"SECRET//DIST PR@GUE", "DIST recipient with a symbol"},
                {"SECRET//WNINTEL", "unknown control"},
                {"SECRET//FOUO", "FOUO is a portion-mark control, not a label element"},
                {"????", "garbage"},
                {"{\"level\":\"SECRET\"}", "JSON is not a label"},
                {"SECRET\n//NOFORN", "newline"},
                {"\u00a0SECRET", "no-break space"},
                {"SECRET//NOFORN//", "trailing separator"},
        };
        int n = 0;
        for (String[] m : malformed) out.add(error(String.format("bad-%02d", ++n), top, m[0], m[1]));
        out.add(error("bad-" + (++n), "u-nobody", "UNCLASSIFIED//", "malformed is never unclassified"));
        out.add(error("bad-" + (++n), "u-nobody", "UNCLASSIFIED//REL TO", "malformed is never unclassified"));

        n = 0;
        // levels and their aliases
        out.add(allow("edge-" + (++n), "sbu-rome", "LOU", "LIMITED OFFICIAL USE is SBU"));
        out.add(allow("edge-" + (++n), "sbu-rome", "LIMITED OFFICIAL USE", "the full words"));
        out.add(allow("edge-" + (++n), "sbu-rome", "SENSITIVE", "the SENSITIVE caption is SBU"));
        out.add(deny("edge-" + (++n), "u-nobody", "SENSITIVE", "LEVEL", "SBU is above UNCLASSIFIED"));
        out.add(deny("edge-" + (++n), "u-nobody", "LOU", "LEVEL", "LOU is above UNCLASSIFIED"));
        out.add(allow("edge-" + (++n), "u-nobody", "UNCLAS", "UNCLAS is UNCLASSIFIED"));
        out.add(deny("edge-" + (++n), "sbu-rome", "CONFIDENTIAL", "LEVEL", "SBU clearance, CONFIDENTIAL label"));
        out.add(allow("edge-" + (++n), "s-prague-exdis", "SECRET", "equal level"));
        out.add(deny("edge-" + (++n), "s-prague-exdis", "TOP SECRET", "LEVEL", "one above"));
        // the order of checks: the first failing requirement is the reason
        out.add(deny("edge-" + (++n), "u-nobody", "TOP SECRET//NODIS//REL TO USA, GBR//DIST LONDON", "LEVEL",
                "everything fails: level comes first"));
        out.add(deny("edge-" + (++n), "s-gbr-liaison", "SECRET//NOFORN//REL TO USA, GBR", "CONTROL_NOT_HELD",
                "NOFORN fails before REL TO would pass"));
        out.add(deny("edge-" + (++n), "s-prague-exdis", "SECRET//NODIS//DIST LONDON", "CONTROL_NOT_HELD",
                "controls before distribution"));
        out.add(deny("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA, AUS//DIST PRAGUE", "NOT_RELEASABLE",
                "REL TO before distribution"));
        // NOFORN by nationality
        out.add(allow("edge-" + (++n), "ts-dual-usa-gbr-nodis", "SECRET//NOFORN", "a dual national holds NOFORN"));
        out.add(deny("edge-" + (++n), "s-no-nationality", "CONFIDENTIAL//NOFORN", "CONTROL_NOT_HELD",
                "no nationality recorded: not a US national"));
        out.add(deny("edge-" + (++n), "s-gbr-liaison", "UNCLASSIFIED//NOFORN", "CONTROL_NOT_HELD",
                "NOFORN binds at any level"));
        // REL TO
        out.add(allow("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA, GBR", "GBR named"));
        out.add(allow("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO GBR, USA", "any order is read"));
        out.add(allow("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA,GBR", "no space after the comma"));
        out.add(deny("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA, AUS, CAN, NZL", "NOT_RELEASABLE",
                "GBR not named"));
        out.add(deny("edge-" + (++n), "s-no-nationality", "SECRET//REL TO USA, GBR", "NOT_RELEASABLE",
                "no nationality: REL TO names none of them"));
        out.add(deny("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA, NATO", "NOT_RELEASABLE",
                "tetragraphs match literally; a GBR national is not NATO"));
        out.add(allow("edge-" + (++n), "ts-dual-usa-gbr-nodis", "TOP SECRET//NODIS//REL TO USA, GBR",
                "dual national on the NODIS list"));
        // access lists
        out.add(deny("edge-" + (++n), "ts-dual-usa-gbr-nodis", "SECRET//EXDIS", "CONTROL_NOT_HELD",
                "NODIS list does not give EXDIS"));
        out.add(deny("edge-" + (++n), "s-prague-exdis", "SECRET//NODIS", "CONTROL_NOT_HELD",
                "EXDIS list does not give NODIS"));
        for (String c : List.of("LIMDIS", "STADIS", "SPECAT", "ORCON", "PROPIN")) {
            out.add(allow("edge-" + (++n), top, "SECRET//" + c + "//SIPDIS", "on the " + c + " list"));
            out.add(deny("edge-" + (++n), "s-prague-exdis", "SECRET//" + c, "CONTROL_NOT_HELD",
                    "not on the " + c + " list"));
        }
        out.add(allow("edge-" + (++n), top, "TOP SECRET//NOFORN//NODIS//EXDIS//LIMDIS//STADIS//SPECAT//ORCON//PROPIN",
                "every control held"));
        out.add(deny("edge-" + (++n), "ts-dual-usa-gbr-nodis",
                "TOP SECRET//NOFORN//NODIS//EXDIS", "CONTROL_NOT_HELD", "one of three missing"));
        // distribution
        out.add(allow("edge-" + (++n), "u-nobody", "UNCLASSIFIED//SIPDIS", "SIPDIS reaches anyone cleared"));
        out.add(deny("edge-" + (++n), top, "UNCLASSIFIED//DIST NONE", "DISTRIBUTION",
                "a cable whose recipients are unknown reaches no one"));
        out.add(allow("edge-" + (++n), "c-state", "CONFIDENTIAL//DIST EUR/CE", "an office membership"));
        out.add(allow("edge-" + (++n), "c-state", "CONFIDENTIAL//DIST EUR/CE, PRAGUE", "one of several"));
        out.add(deny("edge-" + (++n), "c-state", "CONFIDENTIAL//DIST EUR/NB", "DISTRIBUTION",
                "a different office of the same bureau"));
        out.add(deny("edge-" + (++n), "c-state", "CONFIDENTIAL//DIST EUR", "DISTRIBUTION",
                "a bureau does not reach its offices' members"));
        out.add(deny("edge-" + (++n), "u-nobody", "UNCLASSIFIED//DIST PRAGUE", "DISTRIBUTION",
                "unclassified but not distributed to them"));
        out.add(allow("edge-" + (++n), "sbu-rome", "SBU//DIST ROME", "distributed to their post"));
        out.add(allow("edge-" + (++n), "s-gbr-liaison", "SECRET//REL TO USA, GBR//DIST LONDON",
                "releasable and distributed"));
        // roles do not widen reading
        out.add(deny("edge-" + (++n), "ts-dual-usa-gbr-nodis", "TOP SECRET//EXDIS", "CONTROL_NOT_HELD",
                "an auditor reads only what they are cleared for"));
        out.add(deny("edge-" + (++n), top, "TOP SECRET//DIST LONDON", "DISTRIBUTION",
                "an administrator reads only what reaches them"));
        return out;
    }

    static String json() throws JsonProcessingException {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        sb.append("{\n");
        sb.append("  \"format\": \"chancery-access-vectors/1\",\n");
        sb.append("  \"description\": ").append(mapper.writeValueAsString(
                "Test vectors of the Chancery access decision (docs/security.md). Each case: a principal of the"
                        + " table, a label in canonical label text, the expected outcome (allow, deny, or error for a"
                        + " malformed label, which is denied) and the reason code. Written by"
                        + " AccessVectorGenerator: edit the generator, not this file.")).append(",\n");
        sb.append("  \"principals\": {\n");
        for (int i = 0; i < PRINCIPALS.size(); i++) {
            P p = PRINCIPALS.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("clearance", p.clearance());
            m.put("accessLists", p.accessLists());
            m.put("nationalities", p.nationalities());
            m.put("memberships", p.memberships());
            m.put("roles", p.roles());
            sb.append("    ").append(mapper.writeValueAsString(p.name())).append(": ")
                    .append(mapper.writeValueAsString(m)).append(i + 1 < PRINCIPALS.size() ? ",\n" : "\n");
        }
        sb.append("  },\n");
        sb.append("  \"cases\": [\n");
        List<Case> cases = cases();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.id());
            m.put("principal", c.principal());
            m.put("label", c.label());
            m.put("expect", c.expect());
            m.put("reason", c.reason());
            if (c.note() != null) m.put("note", c.note());
            sb.append("    ").append(mapper.writeValueAsString(m)).append(i + 1 < cases.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private AccessVectorGenerator() {
    }

    static Set<String> ids() {
        Set<String> out = new java.util.HashSet<>();
        for (Case c : cases()) out.add(c.id());
        return out;
    }
}
