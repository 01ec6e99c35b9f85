package org.chancery.archive;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Fictional cables in the real format, written for these tests. */
public final class Fixtures {

    private Fixtures() {
    }

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    /**
     * A confidential cable from Embassy {@code post} (e.g. PRAGUE) with message number {@code mrn}, dated the
     * {@code day} of {@code month} {@code year}, citing {@code refs} (written as {@code STATE 12345} or
     * {@code 08PRAGUE 123}), with the given paragraphs (each marked (C) unless it starts with a mark).
     */
    public static String cable(String post, int mrn, int year, int month, int day, List<String> refs, String subject,
                               String... paragraphs) {
        String yy = String.format(Locale.ROOT, "%02d", year % 100);
        StringBuilder sb = new StringBuilder();
        sb.append("VZCZCXRO").append(String.format(Locale.ROOT, "%04d", mrn % 10_000)).append('\n');
        sb.append("RR RUEHC\n");
        sb.append("DE RUEHXX #").append(String.format(Locale.ROOT, "%04d", mrn % 10_000)).append(' ')
                .append(String.format(Locale.ROOT, "%03d1200", Math.min(365, (month - 1) * 30 + day))).append('\n');
        sb.append("ZNY CCCCC ZZH\n");
        sb.append("R ").append(String.format(Locale.ROOT, "%02d1200Z ", day)).append(MONTHS[month - 1]).append(' ')
                .append(yy).append('\n');
        sb.append("FM AMEMBASSY ").append(post).append('\n');
        sb.append("TO RUEHC/SECSTATE WASHDC ").append(String.format(Locale.ROOT, "%04d", mrn % 10_000)).append('\n');
        sb.append("INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE\n\n");
        sb.append("C O N F I D E N T I A L ").append(post).append(' ')
                .append(String.format(Locale.ROOT, "%06d", mrn)).append("\n\n");
        sb.append("SIPDIS\n\n");
        sb.append("E.O. 12958: DECL: 10/02/").append(year + 10).append('\n');
        sb.append("TAGS: PREL PGOV EZ\n");
        sb.append("SUBJECT: (C) ").append(subject).append("\n\n");
        if (!refs.isEmpty()) {
            for (int i = 0; i < refs.size(); i++) {
                sb.append(i == 0 ? "REF: " : "     ").append((char) ('A' + i)).append(". ").append(refs.get(i))
                        .append('\n');
            }
            sb.append('\n');
        }
        sb.append("Classified By: Ambassador John Doe, reasons 1.4 (b) and (d)\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            String p = paragraphs[i];
            sb.append(i + 1).append(". ").append(p.startsWith("(") ? p : "(C) " + p).append("\n\n");
        }
        sb.append("DOE\n");
        return sb.toString();
    }

    public static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
