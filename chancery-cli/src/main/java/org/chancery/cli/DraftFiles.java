package org.chancery.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chancery.switching.draft.DraftContent;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Draft files (JSON, see docs/switch.md) and {@code --set field=value} edits of a draft. */
final class DraftFiles {

    static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private static final List<String> ADDRESSEE_FIELDS = List.of("to", "info");

    private DraftFiles() {
    }

    static DraftContent read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException("cannot read " + file + ": " + e.getMessage());
        }
        return parse(text, file.toString());
    }

    static DraftContent parse(String json, String name) {
        try {
            return JSON.readValue(json, DraftContent.class);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new BadInputException(name + (loc != null ? ":" + loc.getLineNr() + ":" + loc.getColumnNr() : "")
                    + ": not a draft file: " + e.getOriginalMessage());
        }
    }

    static String write(DraftContent c) {
        try {
            return JSON.writeValueAsString(c) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The content with {@code field=value} applied. A value that is JSON (a list, an object, a quoted string,
     * true/false, a number) is taken as JSON; any other text is a string, and for a list field a one-item list
     * ({@code to=RUEHC} addresses the Department alone).
     */
    static DraftContent set(DraftContent c, List<String> assignments) {
        ObjectNode node = JSON.valueToTree(c);
        for (String a : assignments) {
            int eq = a.indexOf('=');
            if (eq <= 0) throw new BadInputException("--set takes field=value, not \"" + a + "\"");
            String field = a.substring(0, eq).strip();
            String value = a.substring(eq + 1);
            JsonNode v = json(value);
            if (v == null) {
                v = JSON.getNodeFactory().textNode(value);
                if (isList(field)) {
                    ArrayNode list = JSON.createArrayNode();
                    list.add(ADDRESSEE_FIELDS.contains(field) ? JSON.createObjectNode().put("address", value) : v);
                    v = list;
                }
            }
            node.set(field, v);
        }
        return parse(node.toString(), "--set");
    }

    private static boolean isList(String field) {
        return List.of("clearers", "to", "info", "exclude", "captions", "passing", "tags", "references",
                "paragraphs").contains(field);
    }

    private static JsonNode json(String value) {
        String t = value.strip();
        if (t.isEmpty()) return null;
        char c = t.charAt(0);
        if (c != '[' && c != '{' && c != '"' && !t.equals("true") && !t.equals("false") && !t.equals("null")) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (JsonProcessingException e) {
            throw new BadInputException("--set value " + t + " looks like JSON but is not: " + e.getOriginalMessage());
        }
    }
}
