package org.chancery.cable.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Measures how many tag occurrences of the Cablegate corpus the built-in catalog knows. */
class TagsCorpusTest {

    private final Tags tags = Tags.builtIn();

    /** Occurrences, known ones, known after splitting fused tags; and the unknown codes by count. */
    private static final class Tally {
        int total;
        int known;
        int knownOrSplit;
        final Map<String, Integer> unknown = new HashMap<>();

        void add(Tags tags, String code) {
            if (code.isEmpty()) {
                return;
            }
            total++;
            if (tags.isKnown(code)) {
                known++;
                knownOrSplit++;
            } else if (!tags.splitFused(code).isEmpty()) {
                knownOrSplit++;
            } else {
                unknown.merge(code, 1, Integer::sum);
            }
        }

        void print(String what) {
            System.out.printf(Locale.ROOT, "tags (%s): %d occurrences, %.2f%% known, %.2f%% known or split;"
                    + " most frequent unknown: %s%n", what, total, 100.0 * known / total, 100.0 * knownOrSplit / total,
                    unknown.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                            .limit(25).map(e -> e.getKey() + "=" + e.getValue()).toList());
        }
    }

    @Test
    void builtInKnowsTheTagsOfTheMetadata() throws IOException {
        Tally tally = new Tally();
        for (Corpus.Row row : Corpus.metadata()) {
            for (String code : row.get("tags").split(",")) {
                tally.add(tags, code.strip());
            }
        }
        tally.print("metadata.tsv");
        assertThat(100.0 * tally.known / tally.total).isGreaterThanOrEqualTo(98.0);
    }

    @Test
    void builtInKnowsTheTagsOfTheTagsLines() throws IOException {
        Tally tally = new Tally();
        for (Corpus.Row row : Corpus.metadata()) {
            List<String> lines = Corpus.cableLines(row.get("id"));
            for (String line : lines) {
                String s = line.strip();
                if (!s.regionMatches(true, 0, "TAGS", 0, 4)) {
                    continue;
                }
                // one TAGS line a cable; person names in parentheses are not codes
                String body = s.substring(4).replaceAll("\\([^)]*\\)", " ");
                for (String code : body.split("[\\s,:;.]+")) {
                    tally.add(tags, code.toUpperCase(Locale.ROOT));
                }
                break;
            }
        }
        tally.print("TAGS lines");
        assertThat(100.0 * tally.known / tally.total).isGreaterThanOrEqualTo(98.0);
    }
}
