package org.chancery.security;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The labels of the real Cablegate cables (when the shared corpus is present): every cable gets its effective
 * labels; few are malformed; and a CONFIDENTIAL reader at the Department, under the portion policy, never sees
 * the text of a paragraph withheld from them.
 */
class CorpusLabelsTest {

    static Path cablegate() {
        String property = System.getProperty("chancery.shared");
        Path shared = property != null && !property.isBlank() ? Path.of(property) : Path.of("../shared");
        if (!Files.isDirectory(shared)) shared = Path.of("../shared");
        Path dir = shared.resolve("corpus/cablegate");
        assumeTrue(Files.isDirectory(dir), "the Cablegate corpus is absent (looked in " + dir.toAbsolutePath()
                + "); skipping corpus test");
        return dir;
    }

    @Test
    void everyRealCableGetsLabelsAndRedactionLeaksNoWithheldParagraph() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(cablegate())) {
            files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Principal reader = new Principal("reader", Level.CONFIDENTIAL, Set.of(), Set.of("USA"), Set.of("STATE"),
                Set.of(Role.READER));
        TreeMap<String, Integer> stats = new TreeMap<>();
        for (Path f : files) {
            ParsedCable p = Cables.read(f);
            EffectiveLabels e = Labels.effective(p);
            count(stats, e.governing() instanceof ParsedLabel.Malformed ? "governing malformed" : "governing valid");
            if (!e.findings().isEmpty()) count(stats, "with findings");
            if (e.findings().stream().anyMatch(x -> x.startsWith("every portion"))) count(stats, "marks distrusted");
            if (e.governing().labelOrNull() != null) {
                Label g = e.governing().labelOrNull();
                count(stats, "governing " + g.level().word());
                count(stats, g.distribution() instanceof Distribution.Limited ? "not SIPDIS" : "SIPDIS");
            }
            for (Policy policy : Policy.values()) {
                Optional<RedactedCable> r = Redactor.redact(reader, p, policy);
                count(stats, policy + (r.isPresent() ? (r.get().isComplete() ? " whole" : " redacted") : " absent"));
                if (r.isEmpty() || r.get().isComplete()) continue;
                String out = r.get().cable() + "\n" + Cables.write(r.get().cable()) + "\n" + r.get().facts();
                String shown = shownText(p, r.get());
                for (Withheld w : r.get().withheld()) {
                    if (w.part() != Withheld.Part.PARAGRAPH) continue;
                    String text = ((Block.Paragraph) p.cable().telegram().body().get(w.index())).text();
                    // a long enough paragraph is text found nowhere else in the cable, unless a readable one
                    // quotes it (real cables repeat a heading inside a paragraph)
                    if (text != null && text.length() >= 60 && !shown.contains(text)) {
                        assertThat(out).as(f.getFileName() + " paragraph " + w.index()).doesNotContain(text);
                    }
                }
            }
        }
        System.out.println("labels of " + files.size() + " Cablegate cables: " + stats);
        int malformed = stats.getOrDefault("governing malformed", 0);
        assertThat(malformed).as("cables nobody may read for malformed markings").isLessThan(files.size() / 50);
    }

    /** The text of the original's blocks and subject that the principal was shown, one after another. */
    private static String shownText(ParsedCable p, RedactedCable r) {
        Set<Integer> withheld = new java.util.HashSet<>();
        for (Withheld w : r.withheld()) withheld.add(w.index());
        StringBuilder sb = new StringBuilder();
        List<Block> body = p.cable().telegram().body();
        for (int i = 0; i < body.size(); i++) {
            if (!withheld.contains(i) && body.get(i) instanceof Block.Paragraph para) sb.append(para.text()).append('\n');
        }
        if (p.cable().telegram().subject() != null && r.withheld().stream().noneMatch(w -> w.part() == Withheld.Part.SUBJECT)) {
            sb.append(p.cable().telegram().subject().text());
        }
        return sb.toString();
    }

    private static void count(TreeMap<String, Integer> stats, String key) {
        stats.merge(key, 1, Integer::sum);
    }
}
