package org.chancery.cable.catalog;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The shared Cablegate corpus, for tests that measure the catalogs against real cables; skips when absent. */
final class Corpus {

    /** One row of metadata.tsv, by column name. */
    record Row(Map<String, String> columns) {
        String get(String column) {
            return columns.getOrDefault(column, "");
        }
    }

    private Corpus() {
    }

    static Path shared() {
        String property = System.getProperty("chancery.shared");
        Path dir = property != null && !property.isBlank() ? Path.of(property) : Path.of("../shared");
        if (!Files.isDirectory(dir)) {
            dir = Path.of("../shared");
        }
        return dir;
    }

    static Path cablegate() {
        Path dir = shared().resolve("corpus/cablegate");
        assumeTrue(Files.isRegularFile(dir.resolve("metadata.tsv")),
                "the Cablegate corpus is absent (looked in " + dir.toAbsolutePath() + "); skipping corpus test");
        return dir;
    }

    static List<Row> metadata() throws IOException {
        List<String> lines = Files.readAllLines(cablegate().resolve("metadata.tsv"), StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t", -1);
        List<Row> rows = new ArrayList<>(lines.size());
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Map<String, String> columns = new HashMap<>();
            for (int i = 0; i < header.length && i < f.length; i++) {
                columns.put(header[i], f[i]);
            }
            rows.add(new Row(columns));
        }
        return rows;
    }

    static List<String> cableLines(String id) throws IOException {
        return Files.readAllLines(cablegate().resolve(id + ".txt"), StandardCharsets.UTF_8);
    }

    /** The PLAD of the FM line (an {@code FM} line followed by a {@code TO} line), or null. */
    static String fmPlad(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String s = lines.get(i).strip();
            if (!s.startsWith("FM ")) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && lines.get(j).isBlank()) {
                j++;
            }
            if (j < lines.size() && lines.get(j).strip().startsWith("TO ")) {
                return s.substring(3).strip();
            }
        }
        return null;
    }
}
