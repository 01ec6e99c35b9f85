package org.chancery.cable.read;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out {@link CableFacts} from a parsed cable: the canonical id, banner classification and caveats, DTG,
 * precedence, originator, summary and comment. Kept beside the reader because it leans on the same catalogs
 * and text helpers.
 */
public final class Derivation {

    private Derivation() {
    }

    public static CableFacts of(ParsedCable parsed) {
        Envelope env = parsed.cable() == null ? null : parsed.cable().envelope();
        Telegram tg = parsed.cable() == null || parsed.cable().telegram() == null ? TelegramReader.empty()
                : parsed.cable().telegram();
        Dtg dtg = env != null && env.format() != null ? env.format().dtg() : null;
        Precedence precedence = env != null && env.format() != null ? env.format().precedence() : null;
        return new CableFacts(id(parsed, env, tg, dtg), classification(env, tg), caveats(tg), dtg, precedence,
                origin(env, tg), between(tg, "SUMMARY", "END SUMMARY"), between(tg, "COMMENT", "END COMMENT"));
    }

    // ------------------------------------------------------------------------------------------------------------

    static String id(ParsedCable parsed, Envelope env, Telegram tg, Dtg dtg) {
        ClassificationLine cl = tg.classification();
        String prefix = null;
        String serial = null;
        if (cl != null && cl.post() != null && cl.mrn() != null) {
            prefix = Catalogs.idPrefix(cl.post());
            serial = Ascii.stripLeadingZeros(cl.mrn());
        } else if (env != null && env.from() != null && env.from().plad() != null && env.station() != null
                && env.station().ssn() != null) {
            // no MRN in the text: the originator's post and the station serial number (the MRN's last digits)
            String post = Catalogs.postByMrnOrigin(env.from().plad()).map(p -> p.idPrefix()).orElse(null);
            if (post == null) post = Catalogs.postByPlad(env.from().plad());
            if (post != null) {
                prefix = post;
                serial = Ascii.stripLeadingZeros(env.station().ssn());
            }
        }
        if (prefix == null || serial == null) return null;
        int year = dtg != null ? dtg.year() : yearInText(parsed.text());
        if (year < 0) year = yearOfName(parsed.name());
        if (year < 0) return null;
        return ReferenceParser.twoDigits(year) + prefix + serial;
    }

    /** The year of the first date-time group in the first lines of the text ({@code 021444Z OCT 09}), or -1. */
    static int yearInText(String text) {
        int limit = Math.min(text.length(), 6000);
        for (int i = 0; i + 14 <= limit; i++) {
            if (text.charAt(i) != 'Z' || i < 6) continue;
            boolean digits = true;
            for (int k = i - 6; k < i; k++) digits &= Ascii.isDigit(text.charAt(k));
            if (!digits || (i > 6 && Ascii.isDigit(text.charAt(i - 7)))) continue;
            int p = i + 1;
            if (p >= limit || text.charAt(p) != ' ') continue;
            p++;
            int m = p;
            while (m < limit && Ascii.isUpperLetter(text.charAt(m))) m++;
            if (m - p != 3 || m >= limit || text.charAt(m) != ' ') continue;
            int y = m + 1;
            int e = y;
            while (e < text.length() && Ascii.isDigit(text.charAt(e))) e++;
            if (e - y == 2) return DateParser.twoDigitYear(Integer.parseInt(text, y, e, 10));
            if (e - y == 4) return Integer.parseInt(text, y, e, 10);
        }
        return -1;
    }

    /** {@code 09PRAGUE589} → 2009; -1 when the name does not start with two digits. */
    static int yearOfName(String name) {
        if (name == null || name.length() < 3 || !Ascii.isDigit(name.charAt(0)) || !Ascii.isDigit(name.charAt(1))) {
            return -1;
        }
        return DateParser.twoDigitYear(Integer.parseInt(name, 0, 2, 10));
    }

    // ------------------------------------------------------------------------------------------------------------

    static Level classification(Envelope env, Telegram tg) {
        Level level = tg.classification() != null ? tg.classification().level() : null;
        if (level == null && env != null && env.security() != null && env.security().letters() != null
                && !env.security().letters().isEmpty()) {
            level = switch (env.security().letters().charAt(0)) {
                case 'U', 'E' -> Level.UNCLASSIFIED;
                case 'C' -> Level.CONFIDENTIAL;
                case 'S' -> Level.SECRET;
                case 'T' -> Level.TOP_SECRET;
                default -> null;
            };
        }
        if (level == null) {
            for (Block.Paragraph p : tg.paragraphs()) {
                if (p.marking() != null) level = Level.max(level, p.marking().level());
            }
        }
        // the SBU caption, and NOFORN on unclassified traffic (which State sends as SBU/NOFORN), make it SBU
        if (level == Level.UNCLASSIFIED && (tg.captions().contains("SENSITIVE") || tg.captions().contains("NOFORN"))) {
            level = Level.SBU;
        }
        return level;
    }

    static List<String> caveats(Telegram tg) {
        List<String> out = new ArrayList<>(tg.captions());
        boolean noforn = out.contains("NOFORN");
        if (!noforn && tg.classification() != null) {
            for (String q : tg.classification().qualifiers()) {
                if (Ascii.upper(q).equals("NOFORN")) noforn = true;
            }
        }
        if (!noforn && tg.subject() != null && tg.subject().mark() != null && tg.subject().mark().isNoforn()) {
            noforn = true;
        }
        if (!noforn) {
            for (Block.Paragraph p : tg.paragraphs()) {
                PortionMark m = p.marking();
                if (m != null && m.isNoforn()) {
                    noforn = true;
                    break;
                }
            }
        }
        if (noforn && !out.contains("NOFORN")) out.add("NOFORN");
        return out;
    }

    static String origin(Envelope env, Telegram tg) {
        if (env != null && env.from() != null && env.from().plad() != null) {
            String name = Catalogs.originName(env.from().plad());
            if (name != null) return name;
        }
        ClassificationLine cl = tg.classification();
        if (cl != null && cl.post() != null) {
            return Catalogs.postByMrnOrigin(cl.post()).map(p -> p.name()).orElse(null);
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------------------

    /**
     * The text between {@code SUMMARY:} (or {@code BEGIN SUMMARY}) and {@code END SUMMARY}, over as many blocks
     * as it takes; without an end marker, the rest of the block it starts in. Null when there is none.
     */
    static String between(Telegram tg, String word, String endWord) {
        StringBuilder sb = null;
        int first = -1; // length of the text taken from the block where it began
        for (Block b : tg.body()) {
            String t = switch (b) {
                case Block.Paragraph p -> p.text();
                case Block.Text x -> x.text();
                case Block.PageMarker m -> null;
            };
            if (t == null) continue;
            int from = 0;
            if (sb == null) {
                int at = opening(t, word);
                if (at < 0) continue;
                sb = new StringBuilder();
                from = at;
            }
            int end = Ascii.indexOf(t, endWord, from);
            if (end >= 0) {
                append(sb, t.substring(from, end));
                return result(sb);
            }
            append(sb, t.substring(from));
            if (first < 0) first = sb.length();
        }
        if (sb == null) return null;
        // no end marker: only the block where it began
        sb.setLength(first);
        return result(sb);
    }

    /** Where the text of a {@code SUMMARY:} / {@code BEGIN SUMMARY} / {@code SUMMARY.} opening begins, or -1. */
    private static int opening(String t, String word) {
        // an opening counts only near the start of a block: search no further, as blocks can be long
        int within = Math.min(t.length(), OPENING_WITHIN + word.length() - 1);
        int i = Ascii.indexOf(t, word, 0, within);
        while (i >= 0) {
            boolean start = i == 0 || Ascii.regionIs(t, Math.max(0, i - 6), "BEGIN ")
                    || Ascii.boundaryBefore(t, i) && i < 40;
            int p = i + word.length();
            boolean isEnd = i >= 4 && Ascii.regionIs(t, i - 4, "END ");
            if (start && !isEnd && p <= t.length()) {
                if (p < t.length() && (t.charAt(p) == ':' || t.charAt(p) == '.' || t.charAt(p) == '-')) p++;
                if (p == t.length() || Ascii.isSpace(t.charAt(p)) || t.charAt(p - 1) == ':') {
                    return Ascii.skipSpaces(t, p);
                }
            }
            i = Ascii.indexOf(t, word, i + 1, within);
        }
        return -1;
    }

    private static final int OPENING_WITHIN = 400;

    private static void append(StringBuilder sb, String s) {
        String t = Ascii.trim(s);
        if (t.isEmpty()) return;
        if (!sb.isEmpty()) sb.append(' ');
        sb.append(t);
    }

    /** The text trimmed, without the dashes (and a last opening parenthesis) left before an end marker. */
    private static String result(StringBuilder sb) {
        int a = 0;
        int b = sb.length();
        while (a < b && Ascii.isBlank(sb.charAt(a))) a++;
        while (b > a && (Ascii.isBlank(sb.charAt(b - 1)) || sb.charAt(b - 1) == '-')) b--;
        if (b > a && sb.charAt(b - 1) == '(') {
            b--;
            while (b > a && Ascii.isBlank(sb.charAt(b - 1))) b--;
        }
        return a == b ? null : sb.substring(a, b);
    }
}
