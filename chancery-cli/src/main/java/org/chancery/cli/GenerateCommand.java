package org.chancery.cli;

import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.synth.CorpusGenerator;
import org.chancery.cable.write.CanonicalWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code chancery generate --count N [--seed S] [--start YEAR] [--years Y] [--out DIR]}: writes a synthetic
 * corpus (see docs/generate.md), one file per cable in folders by date, or to standard output.
 */
@Command(name = "generate",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Generates realistic synthetic cables (invented people and prose in the real format), the same "
                        + "corpus for the same seed, count, start and years.",
                "With --out, one file per cable, ID.txt, in DIR/YYYY/MM (DIR/YYYY/MM/DD when months would hold "
                        + "more than " + GenerateCommand.MONTH_FOLDER_LIMIT + " cables); otherwise to standard "
                        + "output, cables separated by a line holding a form feed.",
                "Progress goes to standard error; the summary (count, time, rate) to standard output with --out, "
                        + "to standard error otherwise."})
final class GenerateCommand implements Callable<Integer> {

    /** The most cables a month folder should hold on average before folders go down to days. */
    static final int MONTH_FOLDER_LIMIT = 2000;

    private static final long PROGRESS_NANOS = 2_000_000_000L;

    @ParentCommand
    private Main main;

    @Option(names = "--count", required = true, paramLabel = "N", description = "How many cables.")
    private long count;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--start", paramLabel = "YEAR", defaultValue = "" + CorpusGenerator.DEFAULT_START_YEAR,
            description = "Year of the first DTG (default: ${DEFAULT-VALUE}).")
    private int start;

    @Option(names = "--years", paramLabel = "Y", defaultValue = "" + CorpusGenerator.DEFAULT_YEARS,
            description = "Years the corpus spans (default: ${DEFAULT-VALUE}).")
    private int years;

    @Option(names = "--out", paramLabel = "DIR", description = "Write one file per cable under DIR (created when missing).")
    private Path outDir;

    @Override
    public Integer call() throws IOException {
        if (count < 0) throw new BadInputException("--count must not be negative: " + count);
        if (years < 1) throw new BadInputException("--years must be at least 1: " + years);
        if (start < 1970 || start + years > 9999) throw new BadInputException("--start is out of range: " + start);
        PrintWriter err = main.err();
        boolean byDay = count / (years * 12.0) > MONTH_FOLDER_LIMIT;
        if (outDir != null) prepare(outDir);
        OutputStream out = outDir == null ? Output.bytes(main) : null;
        long began = System.nanoTime();
        long lastReport = began;
        long bytes = 0;
        Path folder = null;
        Iterator<Cable> cables = CorpusGenerator.iterator(count, seed, start, years);
        try {
            for (long i = 0; cables.hasNext(); i++) {
                Cable cable = cables.next();
                byte[] text = CanonicalWriter.write(cable).getBytes(StandardCharsets.UTF_8);
                bytes += text.length;
                if (out != null) {
                    if (i > 0) out.write(FORM_FEED_LINE);
                    out.write(text);
                } else {
                    Path dir = folderOf(cable, byDay);
                    if (!dir.equals(folder)) {
                        Files.createDirectories(dir);
                        folder = dir;
                    }
                    Files.write(dir.resolve(CorpusGenerator.idOf(cable) + ".txt"), text);
                }
                long now = System.nanoTime();
                if (now - lastReport >= PROGRESS_NANOS) {
                    lastReport = now;
                    err.printf(Locale.ROOT, "generate: %,d of %,d cables (%.0f%%), %,.0f cables/s%n", i + 1, count,
                            100.0 * (i + 1) / count, (i + 1) / seconds(began, now));
                    err.flush();
                }
            }
        } finally {
            if (out != null) out.flush();
        }
        double elapsed = seconds(began, System.nanoTime());
        String summary = String.format(Locale.ROOT, "generated %,d cables (%,.1f MB) in %.1f s: %,.0f cables/s%s",
                count, bytes / 1e6, elapsed, elapsed > 0 ? count / elapsed : 0.0,
                outDir == null ? "" : " into " + outDir);
        if (outDir == null) {
            err.println(summary);
            err.flush();
        } else {
            PrintWriter o = new PrintWriter(Output.text(main));
            o.println(summary);
            o.flush();
        }
        return Main.OK;
    }

    private static final byte[] FORM_FEED_LINE = {'\f', '\n'};

    /** DIR/YYYY/MM or DIR/YYYY/MM/DD by the cable's DTG. */
    private Path folderOf(Cable cable, boolean byDay) {
        Dtg d = cable.envelope().format().dtg();
        Path p = outDir.resolve(Integer.toString(d.year())).resolve(two(d.month()));
        return byDay ? p.resolve(two(d.day())) : p;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }

    private static void prepare(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException("cannot write to '" + dir + "': " + (Files.exists(dir) ? "not a folder" : e.getMessage()));
        }
    }
}
