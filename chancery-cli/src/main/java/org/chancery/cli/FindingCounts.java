package org.chancery.cli;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings counted per rule and severity over many cables, for {@code lint --summary}: one row per rule, most
 * frequent first, then a total line.
 */
final class FindingCounts {

    private final Map<String, int[]> byRule = new TreeMap<>();
    private final int[] totals = new int[Severity.values().length];
    private int cablesWithErrors;

    void add(List<Diagnostic> findings) {
        boolean error = false;
        for (Diagnostic d : findings) {
            byRule.computeIfAbsent(d.rule(), r -> new int[Severity.values().length])[d.severity().ordinal()]++;
            totals[d.severity().ordinal()]++;
            error |= d.severity() == Severity.ERROR;
        }
        if (error) cablesWithErrors++;
    }

    int total(Severity severity) {
        return totals[severity.ordinal()];
    }

    String table(int cables) {
        List<Map.Entry<String, int[]>> rows = new ArrayList<>(byRule.entrySet());
        rows.sort((a, b) -> Integer.compare(sum(b.getValue()), sum(a.getValue()))); // stable: ties stay by rule
        int width = "rule".length();
        for (Map.Entry<String, int[]> row : rows) width = Math.max(width, row.getKey().length());
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-" + width + "s %8s %8s %8s\n", "rule", "errors", "warnings", "infos"));
        for (Map.Entry<String, int[]> row : rows) {
            int[] n = row.getValue();
            sb.append(String.format(Locale.ROOT, "%-" + width + "s %8d %8d %8d\n", row.getKey(),
                    n[Severity.ERROR.ordinal()], n[Severity.WARNING.ordinal()], n[Severity.INFO.ordinal()]));
        }
        sb.append(CableSummary.plural(cables, "cable")).append(": ")
                .append(CableSummary.plural(total(Severity.ERROR), "error")).append(", ")
                .append(CableSummary.plural(total(Severity.WARNING), "warning")).append(", ")
                .append(CableSummary.plural(total(Severity.INFO), "info")).append("; ")
                .append(cablesWithErrors).append(" with errors\n");
        return sb.toString();
    }

    private static int sum(int[] n) {
        int s = 0;
        for (int v : n) s += v;
        return s;
    }
}
