package org.chancery.cable.read;

import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.Level;

import java.util.ArrayList;
import java.util.List;

/**
 * The classification line: {@code CONFIDENTIAL PRAGUE 000589}, {@code C O N F I D E N T I A L SECTION 01 OF 03
 * CAIRO 001013}, {@code S e c r e t nairobi 001938}, {@code UNCLAS EFTO STATE 012345}, {@code LIMITED OFFICIAL USE
 * ROME 01196}, {@code C O R R E C T E D COPY}, {@code CONFIDENTIAL - ENTIRE TEXT}. Letter-spaced words are
 * joined back first. What follows the MRN on the same line (captions run into it, e.g. {@code 001352SIPDIS}) is
 * handed back as {@code rest}.
 */
public final class ClassificationLineParser {

    private ClassificationLineParser() {
    }

    /** The parsed line and whatever followed the MRN on it (empty when nothing). */
    public record Result(ClassificationLine line, String rest) {
    }

    /** A word of the line: its text (letter-spaced runs joined) and where it lies in the line. */
    private record Word(String up, int start, int end) {
    }

    /**
     * The classification line in {@code line}, also when a publisher's debris comes before it on the line
     * ({@code ","C O N F I D E N T I A L …}, {@code Cable dated:2005-07-15T15:24:00S E C R E T …}): a level word is
     * looked for within the line's first characters.
     */
    public static Result find(String line) {
        Result r = parse(line);
        if (r != null) return r;
        int limit = Math.min(line.length(), 80);
        for (int i = 1; i < limit; i++) {
            char c = line.charAt(i);
            if (c != 'C' && c != 'S' && c != 'U' && c != 'L' && c != 'T') continue;
            char before = line.charAt(i - 1);
            if (Ascii.isUpperLetter(before) || before == ' ' && i > 1 && Ascii.isLetter(line.charAt(i - 2))) continue;
            if (line.startsWith("C O N F", i) || line.startsWith("S E C R E T", i) || line.startsWith("UNCLAS", i)
                    || line.startsWith("CONFIDENTIAL", i) || line.startsWith("SECRET", i)
                    || line.startsWith("LIMITED OFFICIAL", i) || line.startsWith("T O P", i)
                    || line.startsWith("TOP SECRET", i)) {
                Result inner = parse(line.substring(i));
                if (inner != null && inner.line().mrn() != null) return inner;
            }
        }
        return null;
    }

    /** The classification line in {@code line}, or null when the line is not one. */
    public static Result parse(String line) {
        List<Word> words = words(line);
        if (words.isEmpty()) return null;
        int i = 0;
        Level level;
        String w0 = words.get(0).up();
        switch (w0) {
            case "UNCLAS", "UNCLASSIFIED", "UNCLASS" -> { level = Level.UNCLASSIFIED; i = 1; }
            case "CONFIDENTIAL" -> { level = Level.CONFIDENTIAL; i = 1; }
            case "SECRET" -> { level = Level.SECRET; i = 1; }
            case "TOPSECRET" -> { level = Level.TOP_SECRET; i = 1; }
            case "LIMITEDOFFICIALUSE" -> { level = Level.SBU; i = 1; }
            case "TOP" -> {
                if (words.size() < 2 || !words.get(1).up().equals("SECRET")) return null;
                level = Level.TOP_SECRET;
                i = 2;
            }
            case "LIMITED" -> {
                if (words.size() < 3 || !words.get(1).up().equals("OFFICIAL") || !words.get(2).up().equals("USE")) {
                    return null;
                }
                level = Level.SBU;
                i = 3;
            }
            default -> { return null; }
        }
        boolean spaced = words.get(0).end() - words.get(0).start() > w0.length();
        String levelText = line.substring(words.get(0).start(), words.get(i - 1).end());
        boolean efto = false;
        List<String> qualifiers = new ArrayList<>();
        Integer section = null;
        Integer sections = null;
        int postFrom = -1;
        int postTo = -1;
        String mrn = null;
        int restFrom = line.length();
        int postWords = 0;
        while (i < words.size()) {
            Word w = words.get(i);
            String u = w.up();
            if (u.equals("EFTO")) {
                efto = true;
                i++;
            } else if (u.equals("SECTION") && i + 3 < words.size() + 1 && i + 3 <= words.size()
                    && Ascii.allDigits(words.get(i + 1).up()) && words.get(i + 2).up().equals("OF")
                    && i + 3 < words.size() && Ascii.allDigits(words.get(i + 3).up())) {
                section = Integer.parseInt(trimNumber(words.get(i + 1).up()));
                sections = Integer.parseInt(trimNumber(words.get(i + 3).up()));
                i += 4;
            } else if (postWords == 0 && (u.equals("-") || u.equals("ENTIRE") || u.equals("TEXT")
                    || u.equals("CORRECTED") || u.equals("COPY") || u.equals("CORRECTEDCOPY")
                    || u.equals("NOFORN") || u.equals("SBU") || u.equals("SENSITIVE") || u.equals("LIMDIS")
                    || u.equals("EXDIS") || u.equals("NODIS"))) {
                if (!u.equals("-")) qualifiers.add(line.substring(w.start(), w.end()));
                i++;
            } else if (!u.isEmpty() && Ascii.isDigit(u.charAt(0))) {
                int d = 0;
                while (d < u.length() && Ascii.isDigit(u.charAt(d))) d++;
                if (d < 3 && postWords == 0) return null;
                mrn = line.substring(w.start(), w.start() + d);
                restFrom = w.start() + d;
                i++;
                // a SECTION group written after the MRN still belongs to the line
                if (d == u.length() && i + 3 < words.size() + 1 && i + 3 < words.size()
                        && words.get(i).up().equals("SECTION") && Ascii.allDigits(words.get(i + 1).up())
                        && words.get(i + 2).up().equals("OF") && Ascii.allDigits(words.get(i + 3).up())) {
                    section = Integer.parseInt(trimNumber(words.get(i + 1).up()));
                    sections = Integer.parseInt(trimNumber(words.get(i + 3).up()));
                    restFrom = words.get(i + 3).end();
                }
                break;
            } else {
                if (postWords == 4) return null; // too many words for a post: a sentence, not a banner
                if (postFrom < 0) postFrom = w.start();
                postTo = w.end();
                postWords++;
                i++;
            }
        }
        if (mrn == null) {
            // a bare level ("CONFIDENTIAL") is a banner; words without an MRN are one only when letter-spaced
            if (postWords > 0 && !spaced) return null;
            restFrom = line.length();
        }
        String post = postFrom < 0 ? null : Ascii.collapse(line.substring(postFrom, postTo));
        ClassificationLine cl = new ClassificationLine(level, levelText, efto, qualifiers, section, sections, post,
                mrn);
        return new Result(cl, Ascii.trim(line.substring(Math.min(restFrom, line.length()))));
    }

    private static String trimNumber(String digits) {
        String s = Ascii.stripLeadingZeros(digits);
        return s.length() > 6 ? "0" : s;
    }

    private static final String[] LEVEL_RUNS = {"UNCLASSIFIED", "UNCLAS", "CONFIDENTIAL", "TOPSECRET", "SECRET",
            "LIMITEDOFFICIALUSE"};

    /** The words of the line, upper-cased, with runs of single letters (letter spacing) joined into one word. */
    private static List<Word> words(String line) {
        List<Word> out = new ArrayList<>(12);
        int n = line.length();
        int i = 0;
        int[] letterAt = new int[64];
        int letters = 0;
        while (i < n && out.size() < 24) {
            i = Ascii.skipSpaces(line, i);
            if (i >= n) break;
            int s = i;
            while (i < n && !Ascii.isSpace(line.charAt(i))) i++;
            if (i - s == 1 && Ascii.isLetter(line.charAt(s)) && letters < letterAt.length) {
                letterAt[letters++] = s;
                continue;
            }
            if (letters > 0) addRun(line, letterAt, letters, out);
            letters = 0;
            out.add(new Word(Ascii.upper(line.substring(s, i)), s, i));
        }
        if (letters > 0) addRun(line, letterAt, letters, out);
        return out;
    }

    /** A run of single letters: one word, or two when a level runs on into more letters (C O N F … C O P Y). */
    private static void addRun(String line, int[] letterAt, int count, List<Word> out) {
        StringBuilder sb = new StringBuilder(count);
        for (int k = 0; k < count; k++) sb.append(Ascii.upper(line.charAt(letterAt[k])));
        String run = sb.toString();
        if (out.isEmpty()) {
            for (String level : LEVEL_RUNS) {
                if (run.length() > level.length() && run.startsWith(level)) {
                    int k = level.length();
                    out.add(new Word(level, letterAt[0], letterAt[k - 1] + 1));
                    out.add(new Word(run.substring(k), letterAt[k], letterAt[count - 1] + 1));
                    return;
                }
            }
        }
        out.add(new Word(run, letterAt[0], letterAt[count - 1] + 1));
    }
}
