package org.chancery.cable.write;

import org.chancery.cable.model.Address;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The canonical text of each typed value of the model: one place that says how a DTG, an address, a
 * declassification instruction, a portion mark, a reason list… is written, so the envelope and the telegram
 * text (and every section) agree.
 */
public final class Notation {

    private static final String[] MONTHS =
            {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"};

    private Notation() {
    }

    /** {@code 021444Z OCT 09} (or {@code OCT 2009} when the DTG was read with a four-digit year). */
    public static String dtg(Dtg d) {
        String year = d.yearDigits() == 4 ? pad(d.year(), 4) : pad(Math.floorMod(d.year(), 100), 2);
        return pad(d.day(), 2) + pad(d.hour(), 2) + pad(d.minute(), 2) + d.zone() + ' ' + MONTHS[d.month() - 1]
                + ' ' + year;
    }

    /**
     * The ACP 127 prosign of a precedence. CRITIC has none of its own: it travels ahead of FLASH traffic, so it
     * is sent with FLASH's {@code Z}.
     */
    public static char prosign(Precedence p) {
        return p == Precedence.CRITIC ? 'Z' : p.prosign();
    }

    /** {@code RUEHC/SECSTATE WASHDC IMMEDIATE 1802}: {@code [RI/]PLAD [PRECEDENCE] [MCN]}. */
    public static String address(Address a) {
        StringBuilder sb = new StringBuilder();
        if (a.ri() != null) sb.append(a.ri()).append('/');
        if (a.plad() != null) sb.append(a.plad());
        if (a.precedence() != null) sb.append(' ').append(a.precedence().word());
        if (a.mcn() != null) sb.append(' ').append(a.mcn());
        return sb.toString();
    }

    /**
     * The level word of a classification line. A spelling the model recorded is kept when it names the same
     * level ({@code UNCLAS} and {@code UNCLASSIFIED} are both in use), letter-spacing removed; otherwise the
     * telegram word for the level.
     */
    public static String levelWord(ClassificationLine c) {
        if (c.levelText() != null) {
            String written = compactLevel(c.levelText());
            if (c.level() == null || c.level() == levelOfWord(written)
                    || (c.level() == Level.SBU && levelOfWord(written) == Level.UNCLASSIFIED)) {
                return written;
            }
        }
        if (c.level() == null) return "";
        return switch (c.level()) {
            case UNCLASSIFIED -> "UNCLAS";
            // The one spelling of a classification line that says SBU by itself (UNCLAS needs a caption).
            case SBU -> "LIMITED OFFICIAL USE";
            case CONFIDENTIAL -> "CONFIDENTIAL";
            case SECRET -> "SECRET";
            case TOP_SECRET -> "TOP SECRET";
        };
    }

    /** The level a classification-line word names, or null. */
    static Level levelOfWord(String word) {
        return switch (word) {
            case "UNCLAS", "UNCLASSIFIED" -> Level.UNCLASSIFIED;
            case "LIMITED OFFICIAL USE" -> Level.SBU;
            case "CONFIDENTIAL" -> Level.CONFIDENTIAL;
            case "SECRET" -> Level.SECRET;
            case "TOP SECRET" -> Level.TOP_SECRET;
            default -> null;
        };
    }

    /**
     * {@code C O N F I D E N T I A L} → {@code CONFIDENTIAL}, {@code T O P  S E C R E T} → {@code TOP SECRET};
     * other text is upper-cased with single spaces.
     */
    static String compactLevel(String text) {
        String t = text.trim().toUpperCase(Locale.ROOT);
        String[] groups = t.split(" {2,}");
        StringBuilder sb = new StringBuilder();
        for (String group : groups) {
            String joined = joinLetters(group);
            if (joined == null) return String.join(" ", t.split(" +"));
            if (!sb.isEmpty()) sb.append(' ');
            sb.append(joined);
        }
        return sb.toString();
    }

    /** {@code S E C R E T} → {@code SECRET}; null when the text is not single characters between single spaces. */
    private static String joinLetters(String w) {
        if (w.length() < 3) return null;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (i % 2 == 1) {
                if (c != ' ') return null;
            } else {
                if (c == ' ') return null;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * {@code CONFIDENTIAL SECTION 01 OF 03 PRAGUE 000589}: level, EFTO, qualifiers, the section when given,
     * the post and the six-digit MRN.
     */
    public static String classificationLine(ClassificationLine c, Integer section, Integer sections) {
        List<String> parts = new ArrayList<>();
        String level = levelWord(c);
        if (!level.isEmpty()) parts.add(level);
        if (c.efto()) parts.add("EFTO");
        parts.addAll(c.qualifiers());
        if (section != null && sections != null) {
            parts.add("SECTION " + pad(section, 2) + " OF " + pad(sections, 2));
        }
        if (c.post() != null) parts.add(c.post());
        if (c.mrn() != null) parts.add(mrn(c.mrn()));
        return String.join(" ", parts);
    }

    /** An all-digit MRN is written with six digits ({@code 589} → {@code 000589}); anything else as it is. */
    static String mrn(String mrn) {
        if (mrn.isEmpty() || mrn.length() >= 6) return mrn;
        for (int i = 0; i < mrn.length(); i++) {
            if (mrn.charAt(i) < '0' || mrn.charAt(i) > '9') return mrn;
        }
        return "0".repeat(6 - mrn.length()) + mrn;
    }

    /** {@code E.O. 12958: DECL: 10/01/2011}. */
    public static String eoLine(EoLine eo) {
        String instruction = eo.instruction() != null ? declassification(eo.instruction())
                : eo.text() != null ? eo.text() : "";
        return "E.O." + (eo.order() != null ? " " + eo.order() : "") + ": " + instruction;
    }

    /** The instruction after the E.O. line's colon: {@code DECL: 10/01/2011}, {@code N/A}, {@code DECL: OADR}… */
    public static String declassification(Declassification d) {
        return switch (d) {
            case Declassification.OnDate od -> "DECL: " + pad(od.date().getMonthValue(), 2) + '/'
                    + pad(od.date().getDayOfMonth(), 2) + '/' + pad(od.date().getYear(), 4);
            case Declassification.OnEvent ev -> "DECL: " + ev.event();
            case Declassification.NotApplicable na -> "N/A";
            case Declassification.Oadr o -> "DECL: OADR";
            case Declassification.Exemption ex -> "DECL: " + ex.code();
            case Declassification.Unparsed u -> u.text();
        };
    }

    /** {@code PREL}, or a person tag {@code OVIP (CLINTON, HILLARY)}. */
    public static String tag(Tag t) {
        return t.person() != null ? t.code() + " (" + t.person() + ")" : t.code();
    }

    /**
     * The letters of a portion mark without parentheses: the level's mark, then each control in its short
     * form ({@code S/NF}). A mark without a level is written as recorded.
     */
    public static String portionMark(PortionMark m) {
        if (m.level() == null) return m.text() == null ? "" : m.text();
        StringBuilder sb = new StringBuilder(m.level().portionMark());
        for (String control : m.controls()) {
            sb.append('/').append(control.equals("NOFORN") ? "NF" : control);
        }
        return sb.toString();
    }

    /**
     * A reference item without its letter: as recorded (a citation keeps the post as it was written, e.g.
     * {@code USUN NEW YORK}, which its id no longer shows); a cable known only by its canonical id is cited from
     * the id ({@code 03PANAMA2201} → {@code 03 PANAMA 2201}).
     */
    public static String reference(Reference r) {
        String body = r.text() != null ? r.text()
                : r.kind() == ReferenceKind.CABLE && r.id() != null ? cableCitation(r.id())
                : r.id() != null ? r.id() : "";
        if (r.notal() && !body.contains("(NOTAL)")) body = body + " (NOTAL)";
        return body;
    }

    /** {@code 09PRAGUE589} → {@code 09 PRAGUE 589}; an id not of that shape is written as it is. */
    static String cableCitation(String id) {
        int n = id.length();
        int i = 0;
        while (i < n && Character.isDigit(id.charAt(i))) i++;
        int yearEnd = i;
        int j = n;
        while (j > yearEnd && Character.isDigit(id.charAt(j - 1))) j--;
        if ((yearEnd != 2 && yearEnd != 4) || j == yearEnd || j == n) return id;
        return id.substring(0, yearEnd) + ' ' + id.substring(yearEnd, j) + ' ' + id.substring(j);
    }

    /**
     * {@code Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b) and (d).} A statement the reader
     * could not take apart (no name, title or reasons) is written as recorded.
     */
    public static String classifiedBy(ClassifiedBy c) {
        if (c.name() == null && c.title() == null && c.reasons().isEmpty()) {
            String t = c.text() == null ? "" : c.text();
            return t.regionMatches(true, 0, "Classified By", 0, 13) ? t : "Classified By: " + t;
        }
        StringBuilder sb = new StringBuilder("Classified By:");
        if (c.title() != null) sb.append(' ').append(c.title());
        if (c.name() != null) sb.append(' ').append(c.name());
        if (!c.reasons().isEmpty()) {
            sb.append(c.reasons().size() == 1 ? " for reason " : " for reasons ").append(reasons(c.reasons()));
        }
        return sb.append('.').toString();
    }

    /**
     * {@code [1.4(b), 1.4(d)]} → {@code 1.4 (b) and (d)}; {@code [1.4(b), 1.4(c), 1.5(d)]} →
     * {@code 1.4 (b), (c) and 1.5 (d)}: the section is written once for a run of letters under it.
     */
    public static String reasons(List<String> reasons) {
        List<String> items = new ArrayList<>();
        String section = null;
        for (String r : reasons) {
            int open = r.indexOf('(');
            if (open > 0 && r.endsWith(")")) {
                String s = r.substring(0, open).trim();
                String letter = r.substring(open);
                items.add(s.equals(section) ? letter : s + " " + letter);
                section = s;
            } else {
                items.add(r);
                section = null;
            }
        }
        if (items.size() == 1) return items.get(0);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String pad(int value, int width) {
        String s = Integer.toString(value);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }
}
