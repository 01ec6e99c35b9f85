package org.chancery.cable.read;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the telegram text, from the given line to the end (including a trailing BT, SSN repeat and NNNN), one
 * line at a time, laying a segment for every line.
 *
 * <p>Two phases. The <em>heading</em> runs from the classification line through captions, passing lines, the E.O.
 * line, TAGS, SUBJECT, REF and Classified By; a line may hold several of these fields when a publisher joined
 * them, so each heading line is cut at the field keywords it contains. Lines the heading does not know are kept
 * as text while a field keyword still follows close below (1970s office lists, DRAFTED BY, NARA notes); otherwise
 * the body begins. The <em>body</em> is paragraphs (numbered, portion-marked, or plain blank-separated chunks),
 * page markers, and the signature on the last line.
 */
public final class TelegramReader {

    /** How far below an unknown heading line a field keyword may still be for the heading to go on. */
    private static final int LOOKAHEAD = 60;

    private final ReadContext ctx;
    private final Lines lines;
    private final int citingYear;

    private ClassificationLine classification;
    private final List<String> captions = new ArrayList<>(4);
    private final List<String> passing = new ArrayList<>(2);
    private EoLine eo;
    private final List<Tag> tags = new ArrayList<>(8);
    private Subject subject;
    private final List<Reference> references = new ArrayList<>(4);
    private ClassifiedBy classifiedBy;
    private final List<Block> body = new ArrayList<>();
    private final List<String> signers = new ArrayList<>(1);

    // the heading field being read, which continuation lines extend
    private Kind open;
    private final StringBuilder field = new StringBuilder(256);
    private int fieldLine;
    private boolean fieldHasSection; // the Classified By being read has its 1.4/1.5/1.6 (see reasonsComplete)
    private int fieldSearchedTo;
    private final StringBuilder textBlock = new StringBuilder();
    private boolean headingSeen; // E.O., TAGS, SUBJECT… met: passing lines are over

    // the body
    private ParagraphBuilder paragraph;
    private final List<Block> pendingMarkers = new ArrayList<>(2);
    private int lastNumber;      // the last paragraph number read (0: none yet)
    private int paragraphsRead;
    private int blankRunEnd;     // the first non-blank line after the run of blank lines being read
    private boolean sectionStart; // the next body line is the first of a later section
    /** The width lines are filled to: a word that would have fitted on the line before did not wrap. */
    private static final int WIDTH = 69;

    // the sections of a multi-section text (see SectionBreaks): where they meet, and what each said it was
    private final Envelope envelope;
    private List<SectionBreaks.Break> breaks = List.of();
    private int nextBreak;
    private int limit = Integer.MAX_VALUE; // the end of the section being read: the heading looks no further
    private final List<SectionRead> sections = new ArrayList<>(0);
    private boolean joined;

    /** What a section said of itself: its number and count, station and SSN, post and MRN. */
    private record SectionRead(int line, Integer number, Integer of, String station, String ssn, String post,
                               String mrn) {
    }

    /** The telegram text and whether it joined all sections of one cable (then without section numbers). */
    public record Result(Telegram telegram, boolean joined) {
    }

    private TelegramReader(ReadContext ctx, Envelope envelope) {
        this.ctx = ctx;
        this.lines = ctx.lines();
        this.citingYear = citingYear(envelope, ctx.hintName());
        this.envelope = envelope;
    }

    public static Telegram read(ReadContext ctx, int fromLine, Envelope envelope) {
        return read(ctx, fromLine, envelope, List.of()).telegram();
    }

    /**
     * Reads a text that may hold several sections of one cable, meeting at {@code breaks}: every later section's
     * envelope and repeated heading are laid as what they are, and its body goes on where the section before
     * stopped (a paragraph cut between sections is joined again).
     */
    static Result read(ReadContext ctx, int fromLine, Envelope envelope, List<SectionBreaks.Break> breaks) {
        TelegramReader r = new TelegramReader(ctx, envelope);
        r.breaks = breaks;
        r.run(Math.max(0, fromLine));
        return new Result(r.telegram(), r.joined);
    }

    public static Telegram empty() {
        return new Telegram(null, List.of(), List.of(), null, List.of(), null, List.of(), null, List.of(), List.of());
    }

    private Telegram telegram() {
        ClassificationLine line = classification;
        if (joined) {
            line = new ClassificationLine(line.level(), line.levelText(), line.efto(), line.qualifiers(), null, null,
                    line.post(), line.mrn());
        }
        return new Telegram(line, captions, passing, eo, tags, subject, references, classifiedBy, body, signers);
    }

    /** The two-digit year a year-less reference takes: the DTG's, else the source name's (09PRAGUE589). */
    private static int citingYear(Envelope envelope, String hintName) {
        if (envelope != null && envelope.format() != null && envelope.format().dtg() != null) {
            return envelope.format().dtg().year() % 100;
        }
        if (hintName != null && hintName.length() >= 2 && Ascii.isDigit(hintName.charAt(0))
                && Ascii.isDigit(hintName.charAt(1))) {
            return Integer.parseInt(hintName.substring(0, 2));
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The whole text

    private void run(int from) {
        int count = lines.count();
        ctx.fillTo(from);
        int trailer = trailerStart(from, count);
        int last = lastTextLine(from, trailer);
        Signature sig = last >= 0 ? Signature.of(lines.line(last)) : null;
        boolean sigLine = sig != null && sig.wholeLine();
        int firstEnd = breaks.isEmpty() ? count : breaks.get(0).end();
        limit = firstEnd;
        int bodyStart = heading(from, Math.min(sigLine ? last : trailer, firstEnd));
        closeField();
        flushText();
        if (sig != null && (bodyStart > last || sigLine && bodyStart == from)) sig = null; // no body: no signature
        sigLine = sig != null && sig.wholeLine();
        int bodyEnd = sigLine ? last : trailer;
        if (bodyStart < bodyEnd) body(bodyStart, bodyEnd, sig != null && !sigLine ? last : -1, sig == null ? -1 : sig.cut());
        // sections the body never reached (a text cut short): read their headings all the same
        while (nextBreak < breaks.size()) sectionBreak(breaks.get(nextBreak++), trailer);
        closeParagraph();
        flushMarkers();
        checkSections();
        if (sig != null) {
            signers.addAll(sig.names());
            if (sigLine) {
                ctx.fillTo(last);
                ctx.lay(Kind.SIGNATURE, last);
                for (int i = last + 1; i < trailer; i++) ctx.lay(Kind.BLANK, i);
            }
        } else if (sigLine || bodyStart <= last) {
            // nothing more to do: the body laid its lines
        }
        trailer(trailer, count);
    }

    /** The first line of the trailing BT / #SSN / NNNN group (blank lines included), or {@code count}. */
    private int trailerStart(int from, int count) {
        int i = count - 1;
        int start = count;
        while (i >= from) {
            if (lines.isBlank(i)) {
                i--;
                continue;
            }
            String s = lines.trimmed(i);
            if (s.equals("NNNN") || s.equals("BT") || isSsn(s)) {
                start = i;
                i--;
                continue;
            }
            break;
        }
        return start;
    }

    private static boolean isSsn(String s) {
        return s.length() >= 2 && s.length() <= 8 && s.charAt(0) == '#' && Ascii.allDigits(s.substring(1));
    }

    private void trailer(int from, int count) {
        for (int i = from; i < count; i++) {
            ctx.fillTo(i);
            String s = lines.trimmed(i);
            Kind k = s.isEmpty() ? Kind.BLANK : s.equals("NNNN") ? Kind.END_OF_MESSAGE : s.equals("BT")
                    ? Kind.TEXT_DELIMITER : isSsn(s) ? Kind.SSN_REPEAT : Kind.TEXT;
            ctx.lay(k, i);
        }
    }

    private int lastTextLine(int from, int trailer) {
        for (int i = trailer - 1; i >= from; i--) {
            if (!lines.isBlank(i)) return i;
        }
        return -1;
    }

    // ------------------------------------------------------------------------------------------------------------
    // The heading

    /** Reads heading lines from {@code from}, before {@code end}; returns the first body line. */
    private int heading(int from, int end) {
        boolean blankSince = false;
        for (int i = from; i < end; i++) {
            ctx.fillTo(i);
            if (lines.isBlank(i)) {
                // a REF list may go on after a blank line with its next letter; other fields end here
                if (open != null && open != Kind.REFERENCES) closeField();
                ctx.lay(Kind.BLANK, i);
                blankSince = true;
                continue;
            }
            String s = lines.trimmed(i);
            if (PageMarkers.is(s)) {
                pendingMarkers.add(new Block.PageMarker(s));
                flushMarkers();
                ctx.lay(Kind.PAGE_MARKER, i);
                continue;
            }
            if (s.equals("BT")) {
                ctx.lay(Kind.TEXT_DELIMITER, i);
                continue;
            }
            // a field keeps reading its continuation lines (up to a keyword inside the line)
            if (!blankSince && open != null) {
                int kw = nextKeyword(s, 0, true);
                String lead = kw < 0 ? s : Ascii.trim(s.substring(0, Math.max(kw, 0)));
                if (kw != 0 && continues(open, lead)) {
                    if (open == Kind.PASSING) passingWithCaptions(i, lead);
                    else field.append(' ').append(lead);
                    Kind k = open;
                    if (kw > 0) fields(i, s, kw);
                    ctx.lay(k, i);
                    continue;
                }
            }
            if (open == Kind.REFERENCES && blankSince) {
                if (isBullet(s)) {
                    field.append(' ').append(s);
                    ctx.lay(Kind.REFERENCES, i);
                    blankSince = false;
                    continue;
                }
                closeField();
            }
            blankSince = false;
            Kind k = headingLine(i, s);
            if (k == null) return i; // the body begins here
            ctx.lay(k, i);
        }
        return end;
    }

    /** Reads one heading line; returns its segment kind, or null when the line opens the body. */
    private Kind headingLine(int i, String s) {
        // cut the line at the field keywords it contains
        int first = nextKeyword(s, 0, true);
        Kind kind = null;
        if (first != 0) {
            String lead = first < 0 ? s : Ascii.trim(s.substring(0, first));
            kind = leadingPart(i, lead, first < 0);
            if (kind == null) return null;
        }
        if (first >= 0) {
            Kind fk = fields(i, s, first);
            if (kind == null) kind = fk;
        }
        return kind;
    }

    /** Reads the fields of a line from the keyword at {@code at} on; returns the first one's kind. */
    private Kind fields(int i, String s, int at) {
        nextKeyword(s, at, at == 0);
        Kind first = keywordKind;
        while (at >= 0) {
            Kind fk = keywordKind;
            int contentStart = Math.max(keywordContent, at);
            int next = nextKeyword(s, Math.max(contentStart, at + 1), false);
            Kind nextKind = keywordKind;
            int nextContent = keywordContent;
            int stop = next < 0 ? s.length() : next;
            openField(fk, i, s.substring(at, stop), s.substring(Math.min(contentStart, stop), stop));
            at = next;
            keywordKind = nextKind;
            keywordContent = nextContent;
        }
        return first;
    }

    /** What a line's text before any keyword is: classification line, captions, passing, text; null for body. */
    private Kind leadingPart(int i, String lead, boolean wholeLine) {
        if (lead.isEmpty()) return Kind.TEXT;
        if (classification == null && !headingSeen) {
            ClassificationLineParser.Result r = ClassificationLineParser.find(lead);
            if (r != null && (r.line().mrn() != null || r.line().post() == null || wholeLine)) {
                closeField();
                flushText();
                classification = r.line();
                if (r.line().mrn() != null && r.line().mrn().length() != 6 && r.line().mrn().length() < 5) {
                    ctx.report("classification-line", Severity.INFO, i, 0, "the MRN '" + r.line().mrn()
                            + "' has fewer than six digits; write it with leading zeros");
                }
                rest(i, r.rest());
                return Kind.CLASSIFICATION;
            }
        }
        List<String> caps = Captions.parse(lead);
        if (caps != null) {
            closeField();
            flushText();
            addCaptions(i, caps);
            return Kind.CAPTION;
        }
        if (!headingSeen && classification != null) {
            // captions and passing text on one line: "SENSITIVE SIPDIS USDOC FOR …", "DOL FOR ILAB SENSITIVE"
            Captions.Lead front = Captions.lead(lead);
            String back = front.captions().isEmpty() ? lead : Ascii.trim(lead.substring(front.end()));
            if (!front.captions().isEmpty() && wholeLine && !back.isEmpty() && nextKeyword(back, 0, true) == 0) {
                // "SENSITIVE SIPDIS REF LONDON 01170": captions, then a field
                closeField();
                flushText();
                addCaptions(i, front.captions());
                fields(i, back, 0);
                return Kind.CAPTION;
            }
            List<String> tail = Captions.trailing(back);
            if (!front.captions().isEmpty() || !tail.isEmpty()) {
                String middle = tail.isEmpty() ? back : Ascii.trim(back.substring(0, Captions.trailingStart(back)));
                // "DEA SENSITIVE": an office word before the caption
                boolean office = !tail.isEmpty() && middle.length() <= 12 && middle.indexOf(' ') < 0
                        && Ascii.allLetters(middle) && middle.equals(Ascii.upper(middle));
                if (middle.isEmpty() || isPassing(middle) || office) {
                    closeField();
                    flushText();
                    addCaptions(i, front.captions());
                    if (!middle.isEmpty()) passing.add(Ascii.collapse(middle));
                    addCaptions(i, tail);
                    open = middle.isEmpty() ? null : Kind.PASSING;
                    return front.captions().isEmpty() ? Kind.PASSING : Kind.CAPTION;
                }
            }
        }
        if (ParagraphStart.at(lead, 0) != null && (classification != null || headingSeen)) return null;
        if (isSummaryStart(lead) && headingSeen) return null;
        if (!headingSeen && classification != null && isPassing(lead)) {
            closeField();
            flushText();
            passing.add(Ascii.collapse(lead));
            open = Kind.PASSING;
            return Kind.PASSING;
        }
        if (keywordAhead(i)) {
            closeField();
            if (!textBlock.isEmpty()) textBlock.append('\n');
            textBlock.append(lead);
            return Kind.TEXT;
        }
        return null;
    }

    /** A passing line that may end in captions: {@code SOUTHCOM ALSO FOR POLAD SENSITIVE SIPDIS}. */
    private void passingWithCaptions(int i, String line) {
        int at = Captions.trailingStart(line);
        String middle = Ascii.trim(line.substring(0, at));
        if (!middle.isEmpty()) passing.add(Ascii.collapse(middle));
        if (at < line.length()) addCaptions(i, Captions.trailing(line));
    }

    /** What followed the MRN on the classification line: captions, then passing text. */
    private void rest(int i, String rest) {
        if (rest.isEmpty()) return;
        Captions.Lead lead = Captions.lead(rest);
        addCaptions(i, lead.captions());
        String more = Ascii.trim(rest.substring(lead.end()));
        if (!more.isEmpty()) passing.add(Ascii.collapse(more));
    }

    private void addCaptions(int i, List<String> caps) {
        for (String c : caps) {
            if (captions.contains(c)) {
                ctx.report("caption-repeated", Severity.INFO, i, 0, "the caption " + c
                        + " is written more than once; write it once");
            } else {
                captions.add(c);
            }
        }
    }

    private static boolean isSummaryStart(String s) {
        return Ascii.startsWith(s, "SUMMARY") || Ascii.startsWith(s, "BEGIN SUMMARY")
                || Ascii.startsWith(s, "1. SUMMARY") || Ascii.startsWith(s, "SUMMARY AND COMMENT");
    }

    /** {@code DEPT FOR EUR/NB}, {@code OSLO FOR DATT}, {@code PASS TO USTR}, {@code STATE PASS EXIMBANK}. */
    private static boolean isPassing(String line) {
        if (line.length() > 600) return false;
        String s = Ascii.upper(line);
        return Ascii.startsWith(s, "FOR ") || Ascii.startsWith(s, "PASS ") || wordIndex(s, "FOR") > 0
                || wordIndex(s, "PASS") > 0 || Ascii.startsWith(s, "ALSO FOR") || Ascii.startsWith(s, "ATTN")
                || Ascii.startsWith(s, "FOR:") || s.startsWith("(") && s.endsWith(")");
    }

    /** The index of an upper-case {@code word} standing alone in {@code s}, or -1. */
    private static int wordIndex(String s, String word) {
        int i = s.indexOf(word);
        while (i >= 0) {
            if (Ascii.boundaryBefore(s, i) && Ascii.boundaryAt(s, i + word.length())) return i;
            i = s.indexOf(word, i + 1);
        }
        return -1;
    }

    /** Whether a heading field keyword starts a line below {@code i} before the body visibly begins. */
    private boolean keywordAhead(int i) {
        int limit = Math.min(Math.min(lines.count(), this.limit), i + 1 + LOOKAHEAD);
        // Runs of unknown lines ask this for each line in turn: resume where the last look stopped instead of
        // looking at the same lines again (60 lines each time made long runs 60 times slower). Lines between
        // i and aheadScanned were seen and decide nothing; a line found a classification line only counts
        // while none is read.
        if (aheadFound == AHEAD_CLASSIFICATION && classification != null) aheadFound = AHEAD_NONE;
        int j = i + 1;
        if (i < aheadScanned) {
            if (aheadFound != AHEAD_NONE) {
                if (aheadScanned < limit) return aheadFound != AHEAD_PARAGRAPH;
            } else {
                j = aheadScanned;
            }
        }
        aheadFound = AHEAD_NONE;
        for (; j < limit; j++) {
            if (lines.isBlank(j)) continue;
            String s = lines.trimmed(j);
            if (nextKeyword(s, 0, true) >= 0) aheadFound = AHEAD_KEYWORD;
            else if (classification == null && ClassificationLineParser.find(s) != null) aheadFound = AHEAD_CLASSIFICATION;
            else if (ParagraphStart.at(s, 0) != null) aheadFound = AHEAD_PARAGRAPH;
            if (aheadFound != AHEAD_NONE) {
                aheadScanned = j;
                return aheadFound != AHEAD_PARAGRAPH;
            }
        }
        aheadScanned = limit;
        return false;
    }

    // what keywordAhead() saw last: the line it stopped at (the deciding line, or the end of its window) and why
    private static final int AHEAD_NONE = 0;
    private static final int AHEAD_KEYWORD = 1;
    private static final int AHEAD_CLASSIFICATION = 2;
    private static final int AHEAD_PARAGRAPH = 3;
    private int aheadScanned;
    private int aheadFound;

    /** Whether a line continues the open field (no blank line between). */
    private boolean continues(Kind kind, String s) {
        if (nextKeyword(s, 0, true) == 0) return false;
        if (PageMarkers.is(s)) return false;
        return switch (kind) {
            case TAGS -> looksLikeTags(s);
            case SUBJECT, REFERENCES -> ParagraphStart.at(s, 0) == null && Captions.parse(s) == null
                    && !isSummaryStart(s);
            case CLASSIFIED_BY -> ParagraphStart.at(s, 0) == null && (!reasonsComplete() || Ascii.regionIs(s, 0, "AND ("));
            case PASSING -> !headingSeen && Captions.parse(s) == null && ParagraphStart.at(s, 0) == null
                    && s.length() < 120;
            default -> false;
        };
    }

    /** Whether a Classified By read so far already has its reasons and ends its sentence. */
    private boolean reasonsComplete() {
        int len = field.length();
        int end = len;
        while (end > 0 && Ascii.isSpace(field.charAt(end - 1))) end--;
        if (!fieldHasSection) {
            // search only what was added since the last call (two characters back for a number cut in two), so
            // that a statement running over many lines is not searched again for each of them
            int from = Math.max(0, fieldSearchedTo - 2);
            fieldHasSection = contains(field, "1.4", from) || contains(field, "1.5", from) || contains(field, "1.6", from);
            fieldSearchedTo = len;
        }
        if (!fieldHasSection) return false;
        char c = end > 0 ? field.charAt(end - 1) : '.';
        return c == '.' || c == ')' || Ascii.isLetter(c) && !(end >= 3 && Ascii.upper(field.charAt(end - 3)) == 'A'
                && Ascii.upper(field.charAt(end - 2)) == 'N' && Ascii.upper(field.charAt(end - 1)) == 'D');
    }

    private static boolean contains(StringBuilder sb, String s, int from) {
        return sb.indexOf(s, from) >= 0;
    }

    /** A line made only of tag-like words: upper-case, short, commas, person names in parentheses. */
    private static boolean looksLikeTags(String s) {
        if (s.length() > 160) return false;
        int i = 0;
        int n = s.length();
        int words = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (Ascii.isSpace(c) || c == ',' || c == ';') {
                i++;
                continue;
            }
            if (c == '(') {
                int close = s.indexOf(')', i);
                if (close < 0) return false;
                i = close + 1;
                words++;
                continue;
            }
            int st = i;
            while (i < n && !Ascii.isSpace(s.charAt(i)) && s.charAt(i) != ',' && s.charAt(i) != ';') i++;
            String w = s.substring(st, i);
            for (int k = 0; k < w.length(); k++) {
                if (!Ascii.isUpperLetter(w.charAt(k)) && w.charAt(k) != '-') return false;
            }
            if (w.length() > 8 && !(w.length() % 4 == 0 || w.length() % 4 == 2)) return false;
            words++;
        }
        return words > 0;
    }

    /** {@code A.}, {@code A)}, {@code (A)}: a reference bullet with nothing after it. */
    private static boolean isBulletOnly(String s) {
        return s.length() == 2 && Ascii.isUpperLetter(s.charAt(0)) && (s.charAt(1) == '.' || s.charAt(1) == ')')
                || s.length() == 3 && s.charAt(0) == '(' && Ascii.isUpperLetter(s.charAt(1)) && s.charAt(2) == ')';
    }

    private static boolean isBullet(String s) {
        if (s.length() < 3) return false;
        char c0 = s.charAt(0);
        if (Ascii.isUpperLetter(c0) && (s.charAt(1) == '.' || s.charAt(1) == ')') && Ascii.isSpace(s.charAt(2))) {
            return c0 != 'A';
        }
        if ((c0 == '(' || c0 == '[') && Ascii.isUpperLetter(s.charAt(1)) && (s.charAt(2) == ')' || s.charAt(2) == ']')) {
            return s.charAt(1) != 'A' && PortionMarks.parse(s.substring(1, 2)) == null;
        }
        return false;
    }

    // keyword scanning: the result of nextKeyword() is returned through these two fields
    private Kind keywordKind;
    private int keywordContent;

    /**
     * The offset of the next heading field keyword in {@code s} at or after {@code from}, or -1. At the start of a
     * line loose forms count ({@code TAGS} without colon, {@code TAGE}, {@code AGS:}, {@code SUBJ}, {@code REF A});
     * inside a line only unmistakable ones ({@code E.O. 1…}, {@code TAGS:}, {@code SUBJECT:}, {@code REF:},
     * {@code Classified By:}).
     */
    private int nextKeyword(String s, int from, boolean lineStart) {
        int n = s.length();
        if (lineStart && from == 0 && lineStartKeyword(s)) return 0;
        for (int i = Math.max(from, lineStart ? 1 : from); i < n; i++) {
            char c = Ascii.upper(s.charAt(i));
            if (c != 'E' && c != 'T' && c != 'S' && c != 'R' && c != 'C') continue;
            if (c == 'E') {
                int e = EoLineParser.keywordEnd(s, i);
                if (e > 0 && (Ascii.boundaryBefore(s, i) || s.charAt(i + 1) == '.')) {
                    return found(Kind.EO, i, i);
                }
            } else if (c == 'T') {
                if (Ascii.regionIs(s, i, "TAGS:") && (Ascii.boundaryBefore(s, i) || Ascii.isDigit(s.charAt(i - 1))
                        || Ascii.isUpperLetter(s.charAt(i - 1)))) {
                    return found(Kind.TAGS, i, i + 5);
                }
            } else if (c == 'S') {
                if (Ascii.regionIs(s, i, "SUBJECT:") && Ascii.boundaryBefore(s, i)) return found(Kind.SUBJECT, i, i + 8);
                if (Ascii.regionIs(s, i, "SUBJ:") && Ascii.boundaryBefore(s, i)) return found(Kind.SUBJECT, i, i + 5);
            } else if (c == 'R') {
                if (Ascii.boundaryBefore(s, i) && (s.startsWith("REF:", i) || s.startsWith("REFS:", i)
                        || s.startsWith("REFTEL:", i) || s.startsWith("Ref:", i) || s.startsWith("REFERENCE:", i)
                        || s.startsWith("REFTELS:", i) || s.startsWith("Refs:", i))) {
                    return found(Kind.REFERENCES, i, s.indexOf(':', i) + 1);
                }
            } else {
                if ((s.startsWith("Classified By", i) || s.startsWith("CLASSIFIED BY", i)
                        || s.startsWith("Classified by:", i)) && Ascii.boundaryBefore(s, i)) {
                    return found(Kind.CLASSIFIED_BY, i, i);
                }
            }
        }
        return -1;
    }

    private int found(Kind kind, int at, int content) {
        keywordKind = kind;
        keywordContent = content;
        return at;
    }

    private boolean lineStartKeyword(String s) {
        if (EoLineParser.keywordEnd(s, 0) > 0) {
            found(Kind.EO, 0, 0);
            return true;
        }
        for (String w : new String[] {"TAGS", "TAGE", "TAG", "AGS:"}) {
            if (Ascii.startsWith(s, w) && (w.endsWith(":") || !Ascii.isLetter(charAt(s, w.length())))) {
                int p = w.length();
                if (w.equals("TAG") && charAt(s, p) != ':' && charAt(s, p) != ' ') continue;
                if (w.equals("TAGS") || w.equals("TAG") || w.equals("TAGE")) {
                    // "TAGS PREL" and "TAGS: PREL"; not prose such as "Tags are …"
                    if (charAt(s, p) != ':' && !s.startsWith(w)) continue;
                }
                while (p < s.length() && (s.charAt(p) == ':' || s.charAt(p) == '-' || Ascii.isSpace(s.charAt(p)))) p++;
                found(Kind.TAGS, 0, p);
                return true;
            }
        }
        for (String w : new String[] {"SUBJECT", "SUBJ"}) {
            if (Ascii.startsWith(s, w) && !Ascii.isLetter(charAt(s, w.length()))
                    && (charAt(s, w.length()) == ':' || s.startsWith(w) || charAt(s, w.length()) == '.')) {
                int p = w.length();
                while (p < s.length() && (s.charAt(p) == ':' || s.charAt(p) == '.' || Ascii.isSpace(s.charAt(p)))) p++;
                found(Kind.SUBJECT, 0, p);
                return true;
            }
        }
        for (String w : new String[] {"REFERENCES", "REFERENCE", "REFTELS", "REFTEL", "REFS", "REF"}) {
            if (Ascii.startsWith(s, w) && !Ascii.isLetter(charAt(s, w.length()))
                    && (charAt(s, w.length()) == ':' || s.startsWith(w))) {
                int p = w.length();
                boolean colon = charAt(s, p) == ':';
                if (colon) p++;
                // "REF A. …" (no colon): the words belong to the first item
                found(Kind.REFERENCES, 0, !colon && w.equals("REF") && isRefLetter(s, p) ? 0 : p);
                return true;
            }
        }
        if (ClassifiedByParser.keywordEnd(s, 0) > 0) {
            found(Kind.CLASSIFIED_BY, 0, 0);
            return true;
        }
        return false;
    }

    private static boolean isRefLetter(String s, int p) {
        int q = Ascii.skipSpaces(s, p);
        return q + 1 < s.length() && Ascii.isUpperLetter(s.charAt(q)) && !Ascii.isLetter(s.charAt(q + 1));
    }

    private static char charAt(String s, int i) {
        return i < s.length() ? s.charAt(i) : ' ';
    }

    /** Opens a field read from {@code whole} (from its keyword); {@code content} is after the keyword. */
    private void openField(Kind kind, int line, String whole, String content) {
        if (kind == Kind.REFERENCES && open == Kind.REFERENCES && isBulletOnly(Ascii.trim(field.toString()))) {
            // "REF: A. REF: KATHMANDU 2282": the label again after the first bullet, not a second block
            String bullet = Ascii.trim(field.toString());
            String rest = Ascii.trim(content);
            clearField();
            field.append(rest.startsWith(bullet) ? rest : bullet + " " + rest);
            return;
        }
        closeField();
        flushText();
        headingSeen = true;
        if (kind == Kind.EO) {
            if (eo != null) ctx.report("eo-line", Severity.WARNING, line, 0, "a second E.O. line; keep one");
            eo = EoLineParser.parse(whole);
            if (eo.instruction() instanceof org.chancery.cable.model.Declassification.Unparsed) {
                ctx.report("eo-line", Severity.WARNING, line, 0, "the declassification instruction '" + eo.text()
                        + "' is not understood; write DECL: MM/DD/YYYY, an event, or N/A");
            }
            return;
        }
        open = kind;
        fieldLine = line;
        clearField();
        if (kind == Kind.CLASSIFIED_BY) field.append(whole);
        else field.append(content);
    }

    private void closeField() {
        if (open == null) return;
        Kind kind = open;
        open = null;
        String text = field.toString();
        switch (kind) {
            case TAGS -> {
                TagsParser.Result r = TagsParser.parse(text);
                if (r.sipdis() && !captions.contains("SIPDIS")) captions.add("SIPDIS");
                if (r.tags().isEmpty()) {
                    ctx.report("tags", Severity.WARNING, fieldLine, 0, "the TAGS line is empty; give at least "
                            + "one subject tag");
                }
                tags.addAll(r.tags());
            }
            case SUBJECT -> {
                String t = Ascii.trim(text);
                PortionMarks.Found m = PortionMarks.at(t, 0);
                PortionMark mark = m == null ? null : m.mark();
                String rest = m == null ? t : t.substring(m.end());
                if (subject == null) subject = new Subject(mark, Ascii.collapse(rest));
            }
            case REFERENCES -> {
                references.addAll(ReferenceParser.parse(text, citingYear));
            }
            case CLASSIFIED_BY -> {
                if (classifiedBy == null) {
                    classifiedBy = ClassifiedByParser.parse(text);
                    if (classifiedBy.reasons().isEmpty()) {
                        ctx.report("classified-by", Severity.WARNING, fieldLine, 0, "no reasons found in the "
                                + "Classified By line; write 'for reasons 1.4 (b) and (d)'");
                    }
                }
            }
            default -> {
            }
        }
        clearField();
    }

    private void clearField() {
        field.setLength(0);
        fieldHasSection = false;
        fieldSearchedTo = 0;
    }

    private void flushText() {
        if (textBlock.isEmpty()) return;
        body.add(new Block.Text(textBlock.toString()));
        textBlock.setLength(0);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The body

    private void body(int from, int end, int sigLine, int sigCut) {
        for (int i = from; i < end; i++) {
            ctx.fillTo(i);
            int breakAt = nextBreak < breaks.size() ? breaks.get(nextBreak).end() : -1;
            if (i == breakAt) {
                i = sectionBreak(breaks.get(nextBreak++), end) - 1;
                sectionStart = true;
                continue;
            }
            if (lines.isBlank(i)) {
                if (i >= blankRunEnd) {
                    blankRunEnd = i;
                    while (blankRunEnd < end && lines.isBlank(blankRunEnd)) blankRunEnd++;
                }
                // a paragraph cut at the end of a section goes on in the next: blank lines before it do not end it
                if (blankRunEnd != breakAt) closeParagraph();
                ctx.lay(Kind.BLANK, i);
                continue;
            }
            String t = i == sigLine ? Ascii.trim(lines.line(i).substring(0, sigCut)) : lines.trimmed(i);
            if (PageMarkers.is(t)) {
                pendingMarkers.add(new Block.PageMarker(t));
                if (paragraph == null) flushMarkers();
                ctx.lay(Kind.PAGE_MARKER, i);
                continue;
            }
            if (classifiedBy == null && ClassifiedByParser.keywordEnd(t, 0) > 0) {
                closeParagraph();
                int j = i;
                StringBuilder sb = new StringBuilder(t);
                // only the line just added can bring the reasons: lines are joined by a space, which no
                // section number straddles, so the whole statement need not be searched again
                boolean reasons = hasReasons(t);
                while (j + 1 < end && !lines.isBlank(j + 1) && j + 1 != sigLine && j + 1 != breakAt
                        && ParagraphStart.at(lines.line(j + 1), 0) == null && !reasons) {
                    j++;
                    String more = lines.trimmed(j);
                    sb.append(' ').append(more);
                    reasons = hasReasons(more);
                }
                classifiedBy = ClassifiedByParser.parse(sb.toString());
                ctx.lay(Kind.CLASSIFIED_BY, j);
                i = j;
                continue;
            }
            if (sectionStart) {
                sectionStart = false;
                if (!continuesAcrossSections(t)) closeParagraph();
            }
            paragraphLine(i, t);
            ctx.lay(Kind.PARAGRAPH, i);
        }
    }

    /**
     * Reads where one section ends and the next begins: the trailer and envelope of the next transmission, then
     * its repeated heading (classification line with {@code SECTION nn OF mm}, captions, E.O., TAGS, SUBJECT),
     * which only tells which section it is. Returns the first line of the section's body.
     */
    private int sectionBreak(SectionBreaks.Break brk, int end) {
        Envelope sectionEnvelope = null;
        int start = brk.next();
        if (brk.envelope()) {
            trailer(brk.end(), brk.next());
            EnvelopeReader.Result head = EnvelopeReader.readAt(ctx, brk.next());
            sectionEnvelope = head.envelope();
            start = head.nextLine();
        }
        int sectionEnd = nextBreak < breaks.size() ? breaks.get(nextBreak).end() : end;
        TelegramReader section = new TelegramReader(ctx, sectionEnvelope != null ? sectionEnvelope : envelope);
        section.limit = sectionEnd;
        int bodyFrom = section.heading(start, Math.max(start, sectionEnd));
        section.closeField();
        section.flushText();
        section.flushMarkers();
        if (sections.isEmpty()) sections.add(sectionOf(0, envelope, classification));
        sections.add(sectionOf(start, sectionEnvelope, section.classification));
        // what a later section carries beyond the repeated heading is kept: references, authority, text
        if (references.isEmpty()) references.addAll(section.references);
        if (classifiedBy == null) classifiedBy = section.classifiedBy;
        if (!section.body.isEmpty()) {
            closeParagraph();
            body.addAll(section.body);
        }
        return bodyFrom;
    }

    private static SectionRead sectionOf(int line, Envelope env, ClassificationLine c) {
        Envelope.StationLine st = env == null ? null : env.station();
        Integer number = c != null ? c.section() : null;
        if (number == null && st != null && st.section() != null && Ascii.allDigits(st.section())
                && !st.section().isEmpty() && st.section().length() <= 3) {
            number = Integer.parseInt(st.section());
        }
        return new SectionRead(line, number, c == null ? null : c.sections(), st == null ? null : st.station(),
                st == null ? null : st.ssn(), c == null ? null : c.post(), c == null ? null : c.mrn());
    }

    /**
     * Whether the sections read are all the sections of one cable, in order: same station, SSN, post and MRN,
     * numbered 1 to m of m. Whatever is not so is reported ({@code section-sequence}) and the cable keeps the
     * section numbers it was read with.
     */
    private void checkSections() {
        if (sections.size() < 2) return;
        SectionRead first = sections.getFirst();
        boolean ok = classification != null && first.number() != null && first.number() == 1 && first.of() != null;
        for (int k = 1; k < sections.size(); k++) {
            SectionRead s = sections.get(k);
            SectionRead prev = sections.get(k - 1);
            int line = s.line();
            String problem = null;
            if (!java.util.Objects.equals(s.post(), first.post()) || !java.util.Objects.equals(s.mrn(), first.mrn())
                    || s.ssn() != null && first.ssn() != null && !s.ssn().equals(first.ssn())
                    || s.station() != null && first.station() != null && !s.station().equals(first.station())) {
                problem = "this section belongs to another cable (" + s.post() + " " + s.mrn() + ", station "
                        + s.station() + " #" + s.ssn() + "); a text holds the sections of one cable";
            } else if (s.number() == null) {
                problem = "this section does not say which it is; write SECTION nn OF mm on its classification line";
            } else if (!java.util.Objects.equals(s.of(), first.of())) {
                problem = "SECTION " + s.number() + " OF " + s.of() + " does not agree with OF " + first.of()
                        + " of the first section";
            } else if (prev.number() != null && s.number().equals(prev.number())) {
                problem = "section " + s.number() + " is here twice; keep one";
            } else if (prev.number() != null && s.number() < prev.number()) {
                problem = "section " + s.number() + " follows section " + prev.number() + "; put the sections in order";
            } else if (prev.number() != null && s.number() > prev.number() + 1) {
                problem = "section " + s.number() + " follows section " + prev.number() + ": section"
                        + (s.number() - prev.number() > 2 ? "s " + (prev.number() + 1) + " to " + (s.number() - 1)
                        : " " + (prev.number() + 1)) + " missing";
            }
            if (problem != null) {
                ok = false;
                ctx.report("section-sequence", Severity.WARNING, Math.max(line, 0), 0, problem);
            }
        }
        SectionRead last = sections.getLast();
        if (ok && (last.number() == null || !last.number().equals(first.of()) || sections.size() != first.of())) {
            ok = false;
            ctx.report("section-sequence", Severity.WARNING, Math.max(last.line(), 0), 0, "the text ends with section "
                    + last.number() + " of " + first.of() + ": the sections after it are missing");
        }
        joined = ok;
    }

    /**
     * Whether the first body line of a section goes on with the paragraph the section before ended with: it opens
     * no paragraph of its own, and its first word would not have fitted on that paragraph's last line (lines
     * are filled to {@value #WIDTH} columns, so a paragraph that went on would have taken it there).
     */
    private boolean continuesAcrossSections(String t) {
        if (paragraph == null || ParagraphStart.at(t, 0) != null) return false;
        int word = 0;
        while (word < t.length() && !Ascii.isSpace(t.charAt(word))) word++;
        return paragraph.lastLine + 1 + word > WIDTH;
    }

    private static boolean hasReasons(String t) {
        return t.contains("1.4") || t.contains("1.5") || t.contains("1.6");
    }

    /** One body line: a new paragraph or more of the open one, split where joined paragraphs run on. */
    private void paragraphLine(int line, String t) {
        ParagraphStart start = ParagraphStart.at(t, 0);
        int pos;
        if (start != null) {
            closeParagraph();
            paragraph = new ParagraphBuilder(number(line, start), start.mark(), line);
            pos = start.textStart();
        } else if (paragraph == null) {
            paragraph = new ParagraphBuilder(null, null, line);
            pos = 0;
        } else {
            pos = 0;
        }
        // paragraphs joined into one line: split where the next number opens after a sentence
        while (true) {
            int expected = paragraph.number != null ? paragraph.number + 1 : lastNumber > 0 ? lastNumber + 1 : 2;
            int at = pos < t.length() ? ParagraphStart.inside(t, pos, expected) : -1;
            if (at < 0) break;
            ParagraphStart next = ParagraphStart.at(t, at);
            if (next == null || next.number() == null || next.number() != expected) break;
            paragraph.append(t, pos, at);
            closeParagraph();
            paragraph = new ParagraphBuilder(next.number(), next.mark(), line);
            lastNumber = next.number();
            pos = next.textStart();
        }
        paragraph.append(t, pos, t.length());
        paragraph.lastLine = t.length();
    }

    /** The paragraph's number, read through damage such as {@code - 12.} (for 2), with a warning. */
    private Integer number(int line, ParagraphStart start) {
        Integer n = start.number();
        if (n == null) return null;
        // after unnumbered paragraphs (a summary, a first paragraph left unnumbered) numbering may start at 1
        int expected = lastNumber > 0 ? lastNumber + 1 : paragraphsRead > 0 && n != 1 ? 2 : 1;
        if (start.damaged() || n != expected) {
            String written = start.numberText();
            if (n != expected && n >= 10) {
                String digits = Integer.toString(n);
                if (Integer.toString(expected).equals(digits.substring(1))) {
                    ctx.report("paragraph-numbering", Severity.WARNING, line, 0, "the paragraph number '" + written
                            + "' looks damaged; read as " + expected + ": write '" + expected + ".'");
                    lastNumber = expected;
                    return expected;
                }
            }
            if (start.damaged()) {
                ctx.report("paragraph-numbering", Severity.WARNING, line, 0, "the paragraph number '" + written
                        + "' has stray characters before it; write '" + n + ".'");
            } else if (n != expected) {
                ctx.report("paragraph-numbering", Severity.INFO, line, 0, "paragraph " + n + " follows paragraph "
                        + (expected - 1) + "; number paragraphs consecutively");
            }
        }
        lastNumber = n;
        return n;
    }

    private void closeParagraph() {
        if (paragraph == null) return;
        String text = paragraph.text.toString();
        if (!text.isEmpty() || paragraph.number != null || paragraph.mark != null) {
            body.add(new Block.Paragraph(paragraph.number, paragraph.mark, text));
            paragraphsRead++;
            if (classifiedBy == null && ClassifiedByParser.keywordEnd(text, 0) >= 0) {
                classifiedBy = ClassifiedByParser.parse(firstSentenceWithReasons(text));
            }
        }
        paragraph = null;
        flushMarkers();
    }

    /** {@code CLASSIFIED BY … 1.4 (B) AND (D). Rest of paragraph 1} → the statement alone. */
    private static String firstSentenceWithReasons(String text) {
        int sec = text.indexOf("1.4");
        if (sec < 0) sec = text.indexOf("1.5");
        if (sec < 0) return text;
        int dot = text.indexOf(". ", sec + 3);
        return dot < 0 ? text : text.substring(0, dot + 1);
    }

    private void flushMarkers() {
        if (pendingMarkers.isEmpty()) return;
        body.addAll(pendingMarkers);
        pendingMarkers.clear();
    }

    /** A paragraph being read: its lines joined by single spaces. */
    private static final class ParagraphBuilder {
        final Integer number;
        final PortionMark mark;
        final StringBuilder text = new StringBuilder(256);
        int lastLine; // the length of the last line read into it, as written (number and mark included)

        ParagraphBuilder(Integer number, PortionMark mark, int line) {
            this.number = number;
            this.mark = mark;
        }

        void append(String s, int from, int to) {
            while (from < to && Character.isWhitespace(s.charAt(from))) from++;
            while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
            if (from >= to) return;
            if (!text.isEmpty()) text.append(' ');
            // inner runs of spaces are kept: the text is as written, lines joined
            text.append(s, from, to);
        }
    }
}
