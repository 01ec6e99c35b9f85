package org.chancery.bench;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * {@link Cables#read(byte[], String, SourceFormat)} over the real corpus, files already in memory, so that
 * only the reader is measured (decode, HTML extraction, lines, envelope, telegram).
 *
 * <p>One operation is one pass over every file of the chosen format. The auxiliary counters {@code bytes} and
 * {@code cables} count what each pass read, so JMH reports them as rates too: bytes/s and cables/s directly,
 * per thread (run with one thread for per-core figures). The corpus folder is the system property
 * {@code chancery.corpus} (default {@code ../shared/corpus}, from the repository root); plain text is
 * {@code cablegate/*.txt}, HTML {@code cablegate-html/*.html}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReaderBenchmark {

    @Param({"text", "html"})
    public String format;

    private List<byte[]> contents;
    private List<String> names;
    private SourceFormat sourceFormat;
    private long totalBytes;

    /** Per-pass counts, reported by JMH as rates (per second) next to the operation rate. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Counts {
        public long bytes;
        public long cables;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
            cables = 0;
        }
    }

    @Setup(Level.Trial)
    public void load() {
        Path corpus = Path.of(System.getProperty("chancery.corpus", "../shared/corpus"));
        sourceFormat = format.equals("html") ? SourceFormat.HTML : SourceFormat.TEXT;
        Path folder = corpus.resolve(sourceFormat == SourceFormat.HTML ? "cablegate-html" : "cablegate");
        String extension = sourceFormat == SourceFormat.HTML ? ".html" : ".txt";
        contents = new ArrayList<>();
        names = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(extension))
                    .sorted(Comparator.comparing(Path::toString)).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                contents.add(bytes);
                names.add(Cables.baseName(file.getFileName().toString()));
                totalBytes += bytes.length;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the corpus at " + folder.toAbsolutePath()
                    + " (set -Dchancery.corpus=DIR)", e);
        }
        if (contents.isEmpty()) throw new IllegalStateException("no " + extension + " files in " + folder.toAbsolutePath());
        System.out.printf(Locale.ROOT, "%n# corpus %s: %d files, %d bytes (%.1f MB)%n",
                folder, contents.size(), totalBytes, totalBytes / 1e6);
    }

    @Benchmark
    public void readAll(Counts counts, Blackhole bh) {
        List<byte[]> contents = this.contents;
        for (int i = 0; i < contents.size(); i++) {
            ParsedCable parsed = Cables.read(contents.get(i), names.get(i), sourceFormat);
            bh.consume(parsed);
        }
        counts.bytes += totalBytes;
        counts.cables += contents.size();
    }
}
