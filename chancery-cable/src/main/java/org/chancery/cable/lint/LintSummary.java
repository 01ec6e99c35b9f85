package org.chancery.cable.lint;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Counts of findings over many cables: per rule and severity, how many findings and in how many cables.
 * {@link #toString()} is a table, one rule a line, sorted by rule id.
 *
 * @param cables         how many cables were linted
 * @param cablesWithErrors how many had at least one error
 * @param rules          per rule id, its counts
 */
public record LintSummary(long cables, long cablesWithErrors, Map<String, RuleCount> rules) {

    /** The rule id of a file that could not be read at all (an I/O failure, not a cable's fault). */
    public static final String READ_FAILURE = "io-failure";

    public LintSummary {
        rules = Collections.unmodifiableMap(new TreeMap<>(rules));
    }

    /** One rule's counts: findings per severity and how many cables it fired on. */
    public record RuleCount(Map<Severity, Long> findings, long cables) {
        public RuleCount {
            EnumMap<Severity, Long> copy = new EnumMap<>(Severity.class); // EnumMap(Map) rejects an empty map
            copy.putAll(findings);
            findings = Collections.unmodifiableMap(copy);
        }

        public long total() {
            long n = 0;
            for (long v : findings.values()) n += v;
            return n;
        }

        public long count(Severity s) {
            return findings.getOrDefault(s, 0L);
        }
    }

    /** The summary of the findings of many cables, one list per cable. */
    public static LintSummary of(Stream<List<Diagnostic>> perCable) {
        Tally t = perCable.collect(Tally::new, Tally::add, Tally::merge);
        return t.summary();
    }

    /**
     * Lints every {@code .txt} and {@code .html} file under {@code folder} (recursively, in parallel) as
     * received cables, with the built-in catalogs.
     */
    public static LintSummary ofFolder(Path folder) throws IOException {
        return ofFolder(folder, Linter.builtIn());
    }

    public static LintSummary ofFolder(Path folder, Linter linter) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(LintSummary::isCable).sorted().toList();
        }
        return of(files.parallelStream().map(f -> lintFile(f, linter)));
    }

    static boolean isCable(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") || name.endsWith(".html");
    }

    private static List<Diagnostic> lintFile(Path file, Linter linter) {
        try {
            return linter.check(Cables.read(file), Linter.Mode.RECEIVED);
        } catch (IOException | UncheckedIOException e) {
            return List.of(new Diagnostic(READ_FAILURE, Severity.ERROR, 0, 0, file + ": " + e.getMessage()));
        } catch (RuntimeException e) {
            // The reader and the linter never throw; if one does, the file is counted, not the run lost.
            return List.of(new Diagnostic(Linter.LINT_FAILURE, Severity.ERROR, 0, 0, file + ": " + e));
        }
    }

    public long count(String rule) {
        RuleCount c = rules.get(rule);
        return c == null ? 0 : c.total();
    }

    public long count(Severity severity) {
        long n = 0;
        for (RuleCount c : rules.values()) n += c.count(severity);
        return n;
    }

    /** A fixed-width table: rule, errors, warnings, infos, cables; then the totals. */
    @Override
    public String toString() {
        int width = "rule".length();
        for (String r : rules.keySet()) width = Math.max(width, r.length());
        String row = "%-" + width + "s %8s %8s %8s %8s\n";
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, row, "rule", "errors", "warnings", "infos", "cables"));
        for (Map.Entry<String, RuleCount> e : rules.entrySet()) {
            RuleCount c = e.getValue();
            sb.append(String.format(Locale.ROOT, row, e.getKey(), c.count(Severity.ERROR),
                    c.count(Severity.WARNING), c.count(Severity.INFO), c.cables()));
        }
        sb.append(String.format(Locale.ROOT, row, "total", count(Severity.ERROR), count(Severity.WARNING),
                count(Severity.INFO), cables));
        sb.append(String.format(Locale.ROOT, "%d cables, %d with errors\n", cables, cablesWithErrors));
        return sb.toString();
    }

    /** Mutable counts for one thread; merged at the end of a parallel stream. */
    private static final class Tally {
        long cables;
        long withErrors;
        final Map<String, EnumMap<Severity, Long>> findings = new TreeMap<>();
        final Map<String, Long> cablesPerRule = new TreeMap<>();

        void add(List<Diagnostic> diagnostics) {
            cables++;
            boolean error = false;
            List<String> fired = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                findings.computeIfAbsent(d.rule(), k -> new EnumMap<>(Severity.class)).merge(d.severity(), 1L, Long::sum);
                if (!fired.contains(d.rule())) fired.add(d.rule());
                error |= d.severity() == Severity.ERROR;
            }
            for (String r : fired) cablesPerRule.merge(r, 1L, Long::sum);
            if (error) withErrors++;
        }

        void merge(Tally other) {
            cables += other.cables;
            withErrors += other.withErrors;
            other.findings.forEach((rule, bySeverity) -> {
                EnumMap<Severity, Long> mine = findings.computeIfAbsent(rule, k -> new EnumMap<>(Severity.class));
                bySeverity.forEach((s, n) -> mine.merge(s, n, Long::sum));
            });
            other.cablesPerRule.forEach((rule, n) -> cablesPerRule.merge(rule, n, Long::sum));
        }

        LintSummary summary() {
            Map<String, RuleCount> out = new TreeMap<>();
            findings.forEach((rule, bySeverity) -> out.put(rule, new RuleCount(bySeverity, cablesPerRule.get(rule))));
            return new LintSummary(cables, withErrors, out);
        }
    }
}
