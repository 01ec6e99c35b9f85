package org.chancery.cable.read;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The lossless round trip over the whole real corpus (read from {@code ../shared}, never copied): every text
 * file and every HTML page reads without failing, its segments tile its text, and the source gives back the
 * file's bytes; every page's text equals the text file of the same cable; and the envelope agrees with the
 * site's own metadata.
 */
class CorpusRoundTripTest {

    private static Path texts;
    private static Path pages;

    @BeforeAll
    static void locateCorpus() {
        String shared = System.getProperty("chancery.shared");
        Path root = Path.of(shared == null || shared.isBlank() || shared.startsWith("${") ? "../shared" : shared);
        texts = root.resolve("corpus/cablegate");
        pages = root.resolve("corpus/cablegate-html");
    }

    private static List<Path> files(Path dir, String extension) throws IOException {
        assumeTrue(Files.isDirectory(dir), "the real corpus is not at " + dir.toAbsolutePath()
                + " (set -Dchancery.shared=<dir with corpus/>); skipping the corpus round trip");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
        }
    }

    /** Reads one file and checks the round trip; returns what went wrong, or null. */
    private static String roundTrip(Path file, ParsedCable[] out) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ParsedCable parsed;
        try {
            parsed = Cables.read(file);
        } catch (RuntimeException e) {
            return "threw " + e;
        }
        out[0] = parsed;
        if (!Arrays.equals(parsed.source().toBytes(), bytes)) return "source.toBytes() differs from the file";
        if (!parsed.original().equals(parsed.text())) return "original() differs from the text";
        int at = 0;
        for (var s : parsed.segments()) {
            if (s.start() != at || s.end() <= s.start()) return "segments do not tile at " + at + ": " + s;
            at = s.end();
        }
        if (at != parsed.text().length()) return "segments end at " + at + " of " + parsed.text().length();
        for (Diagnostic d : parsed.diagnostics()) {
            if (d.rule().equals("reader-failure")) return d.toString();
        }
        return null;
    }

    @Test
    void everyTextFileRoundTripsAndItsEnvelopeAgreesWithTheMetadata() throws IOException {
        List<Path> files = files(texts, ".txt");
        Map<String, String> created = createdById(texts.resolve("metadata.tsv"));
        List<String> failures = new ArrayList<>();
        List<String> disagreements = new ArrayList<>();
        int withHeader = 0;
        int withDtg = 0;
        int dtgAgrees = 0;
        int withFrom = 0;
        ParsedCable[] out = new ParsedCable[1];
        for (Path file : files) {
            String problem = roundTrip(file, out);
            if (problem != null) {
                failures.add(file.getFileName() + ": " + problem);
                continue;
            }
            Envelope envelope = out[0].cable().envelope();
            if (envelope == null) continue;
            withHeader++;
            if (envelope.from() != null) withFrom++;
            Dtg dtg = envelope.format() == null ? null : envelope.format().dtg();
            if (dtg == null) {
                disagreements.add(file.getFileName() + ": no DTG");
                continue;
            }
            withDtg++;
            String id = Cables.baseName(file.getFileName().toString());
            String metadata = created.get(id);
            String hour = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d %02d", dtg.year(), dtg.month(),
                    dtg.day(), dtg.hour());
            if (metadata != null && metadata.startsWith(hour)) dtgAgrees++;
            else disagreements.add(file.getFileName() + ": DTG " + hour + "h, metadata " + metadata);
        }
        double dtgShare = withHeader == 0 ? 1 : (double) dtgAgrees / withHeader;
        double fromShare = withHeader == 0 ? 1 : (double) withFrom / withHeader;
        System.out.printf(java.util.Locale.ROOT, "corpus round trip: %d text files, %d failures; %d with an envelope,"
                        + " %d with a DTG; DTG = metadata created to the hour: %d (%.2f%%); FM found: %d (%.2f%%)%n",
                files.size(), failures.size(), withHeader, withDtg, dtgAgrees, 100 * dtgShare, withFrom,
                100 * fromShare);
        disagreements.forEach(d -> System.out.println("  envelope vs metadata: " + d));
        assertThat(failures).as("files that do not round-trip").isEmpty();
        assertThat(dtgShare).as("share of cables with a header whose DTG agrees with the metadata")
                .isGreaterThanOrEqualTo(0.99);
        assertThat(fromShare).as("share of cables with a header whose FM line was found").isGreaterThanOrEqualTo(0.99);
    }

    @Test
    void everyHtmlPageRoundTripsAndGivesTheTextOfItsTextFile() throws IOException {
        List<Path> files = files(pages, ".html");
        List<String> failures = new ArrayList<>();
        int withText = 0;
        int equal = 0;
        ParsedCable[] out = new ParsedCable[1];
        for (Path file : files) {
            String problem = roundTrip(file, out);
            if (problem == null && out[0].format() != SourceFormat.HTML) problem = "not read as HTML";
            if (problem != null) {
                failures.add(file.getFileName() + ": " + problem);
                continue;
            }
            Path text = texts.resolve(Cables.baseName(file.getFileName().toString()) + ".txt");
            if (!Files.exists(text)) continue;
            withText++;
            if (out[0].text().equals(Files.readString(text, StandardCharsets.UTF_8))) equal++;
            else failures.add(file.getFileName() + ": extracted text differs from " + text.getFileName());
        }
        System.out.printf(java.util.Locale.ROOT, "corpus round trip: %d HTML pages, %d with a text file, %d equal"
                + " to it; %d failures%n", files.size(), withText, equal, failures.size());
        assertThat(failures).as("pages that do not round-trip or differ from their text file").isEmpty();
        assertThat(withText).isPositive();
    }

    /** {@code id → created} from the site's metadata (tab-separated, with a header row). */
    private static Map<String, String> createdById(Path tsv) throws IOException {
        Map<String, String> created = new HashMap<>();
        if (!Files.exists(tsv)) return created;
        List<String> rows = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (String row : rows.subList(1, rows.size())) {
            String[] cols = row.split("\t", 3);
            if (cols.length >= 2) created.put(cols[0], cols[1]);
        }
        return created;
    }
}
