package org.chancery.archive.declass;

import java.util.Locale;

/** Fictional cables in the real format with a chosen banner, E.O. line, subject mark and paragraphs. */
final class DeclassFixtures {

    private DeclassFixtures() {
    }

    private static final String[] MONTHS = {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT",
            "NOV", "DEC"};

    /**
     * A cable from Embassy Prague, message number {@code mrn}, dated the 2nd of October of {@code year}, SIPDIS.
     *
     * @param level      UNCLASSIFIED, CONFIDENTIAL or SECRET
     * @param eo         the E.O. line ({@code E.O. 12958: DECL: 10/02/2019}), or null for none
     * @param subject    the subject with its mark, e.g. {@code (U) TALKS}
     * @param paragraphs each with its mark, e.g. {@code (S) TEXT}
     */
    static String cable(int mrn, int year, String level, String eo, String subject, String... paragraphs) {
        String yy = String.format(Locale.ROOT, "%02d", year % 100);
        String letters = switch (level) {
            case "SECRET" -> "SSSSS";
            case "CONFIDENTIAL" -> "CCCCC";
            default -> "UUUUU";
        };
        String classification = switch (level) {
            case "SECRET" -> "S E C R E T";
            case "CONFIDENTIAL" -> "C O N F I D E N T I A L";
            default -> "UNCLAS";
        };
        StringBuilder sb = new StringBuilder();
        sb.append("VZCZCXRO").append(String.format(Locale.ROOT, "%04d", mrn)).append('\n');
        sb.append("RR RUEHC\n");
        sb.append("DE RUEHXX #").append(String.format(Locale.ROOT, "%04d", mrn)).append(" 2751200\n");
        sb.append("ZNY ").append(letters).append(" ZZH\n");
        sb.append("R 021200Z ").append(MONTHS[9]).append(' ').append(yy).append('\n');
        sb.append("FM AMEMBASSY PRAGUE\n");
        sb.append("TO RUEHC/SECSTATE WASHDC ").append(String.format(Locale.ROOT, "%04d", mrn)).append('\n');
        sb.append("INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE\n\n");
        sb.append(classification).append(" PRAGUE ").append(String.format(Locale.ROOT, "%06d", mrn)).append("\n\n");
        sb.append("SIPDIS\n\n");
        if (eo != null) sb.append(eo).append('\n');
        sb.append("TAGS: PREL PGOV EZ\n");
        sb.append("SUBJECT: ").append(subject).append("\n\n");
        if (!level.equals("UNCLASSIFIED")) sb.append("Classified By: Ambassador John Doe, reasons 1.4 (b) and (d)\n\n");
        for (int i = 0; i < paragraphs.length; i++) {
            sb.append(i + 1).append(". ").append(paragraphs[i]).append("\n\n");
        }
        sb.append("DOE\n");
        return sb.toString();
    }

    /** The canonical id of {@link #cable}: {@code 09PRAGUE123}. */
    static String id(int mrn, int year) {
        return String.format(Locale.ROOT, "%02dPRAGUE%d", year % 100, mrn);
    }
}
