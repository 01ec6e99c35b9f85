package org.chancery.cable.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The topics of {@code topics.txt}: the shared "common" block and the topics cables are drawn from. */
final class Topics {

    private final Topic common;
    private final Weighted<Topic> topics;

    private Topics(Topic common, Weighted<Topic> topics) {
        this.common = common;
        this.topics = topics;
    }

    private static volatile Topics builtIn;

    static Topics builtIn() {
        Topics t = builtIn;
        if (t == null) builtIn = t = parse(Resources.lines("topics.txt"));
        return t;
    }

    Topic common() {
        return common;
    }

    Weighted<Topic> weighted() {
        return topics;
    }

    static Topics parse(List<String> lines) {
        Topic common = null;
        Weighted.Builder<Topic> all = Weighted.builder();
        Block block = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith("topic ")) {
                block = new Block(line.substring(6).strip());
            } else if (line.equals("end")) {
                if (block == null) throw new IllegalStateException("topics.txt: 'end' outside a topic");
                Topic t = block.build();
                if (t.name().equals("common")) common = t;
                else all.add(t, t.weight());
                block = null;
            } else if (block == null) {
                throw new IllegalStateException("topics.txt: line outside a topic: " + line);
            } else {
                block.add(line);
            }
        }
        if (common == null) throw new IllegalStateException("topics.txt: no 'common' topic");
        return new Topics(common, all.build());
    }

    private static final class Block {
        final String name;
        List<String> tags = List.of();
        List<String> also = List.of();
        List<String> reasons = List.of("b", "d");
        double weight = 1;
        final Map<String, List<Template>> lists = new HashMap<>();
        final List<Template> subjects = new ArrayList<>();
        final List<Template> sentences = new ArrayList<>();
        final List<Template> summaries = new ArrayList<>();
        final List<Template> comments = new ArrayList<>();

        Block(String name) {
            this.name = name;
        }

        void add(String line) {
            int colon = line.indexOf(':');
            if (colon < 0) throw new IllegalStateException("topics.txt (" + name + "): no key in: " + line);
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            if (key.startsWith("@")) {
                lists.put(key.substring(1).toLowerCase(Locale.ROOT),
                        Resources.bars(value).stream().map(Template::parse).toList());
                return;
            }
            switch (key) {
                case "tags" -> tags = Resources.bars(value);
                case "also" -> also = Resources.bars(value);
                case "reasons" -> reasons = List.of(value.split("\\s+"));
                case "weight" -> weight = Double.parseDouble(value);
                case "subject" -> subjects.add(Template.parse(value));
                case "say" -> sentences.add(Template.parse(value));
                case "summary" -> summaries.add(Template.parse(value));
                case "comment" -> comments.add(Template.parse(value));
                default -> throw new IllegalStateException("topics.txt (" + name + "): unknown key " + key);
            }
        }

        Topic build() {
            return new Topic(name, tags, also, reasons, weight, Map.copyOf(lists), subjects, sentences, summaries,
                    comments);
        }
    }
}
