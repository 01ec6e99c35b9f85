package org.chancery.server.web;

import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.RedactedCable;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A redacted cable laid out as it is set on paper: its canonical text (written from the redacted model only),
 * line by line, each line with the CSS class of what it belongs to — the envelope (header lines), the portion it
 * is part of (coloured by the level of its mark), or a withheld marker. The colouring reads marks the writer put
 * in the text; it decides nothing about access (the gate already did).
 */
public record CableText(List<Line> lines) {

    /** One line of the cable and its class ({@code hdr}, {@code lvl-s}, {@code withheld lvl-c}, …). */
    public record Line(String text, String css, String mark) {
    }

    private static final Pattern PARAGRAPH = Pattern.compile("^\\s{0,4}\\d{1,3}\\.\\s{1,4}\\(([A-Z][A-Z/ ,&-]{0,40})\\)");
    private static final Pattern SUBJECT = Pattern.compile("^SUBJ(?:ECT)?:\\s{0,4}\\(([A-Z][A-Z/ ,&-]{0,40})\\)");

    public static CableText of(RedactedCable r) {
        return of(CanonicalWriter.write(r.cable()));
    }

    static CableText of(String text) {
        List<Line> out = new ArrayList<>();
        boolean envelope = true;
        String css = "";
        for (String line : text.split("\n", -1)) {
            if (envelope && isClassificationLine(line)) envelope = false;
            if (envelope) {
                out.add(new Line(line, "hdr", null));
                continue;
            }
            if (line.isBlank()) {
                css = "";
                out.add(new Line(line, "", null));
                continue;
            }
            if (isTrailer(line.strip())) {
                css = "";
                out.add(new Line(line, "hdr", null));
                continue;
            }
            String mark = null;
            Matcher m = PARAGRAPH.matcher(line);
            Matcher s = SUBJECT.matcher(line);
            if (m.find()) mark = m.group(1);
            else if (s.find()) mark = s.group(1);
            if (mark != null) css = "portion " + Levels.css(mark);
            if (line.contains("[withheld")) css = "withheld " + Levels.css(mark);
            out.add(new Line(line, css, mark));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).text().isEmpty()) out.remove(out.size() - 1);
        return new CableText(out);
    }

    /** BT, the channel number ({@code #0001}) and NNNN close the text: they belong to no portion. */
    private static boolean isTrailer(String t) {
        return t.equals("BT") || t.equals("NNNN") || (t.length() > 1 && t.charAt(0) == '#' && t.chars().skip(1)
                .allMatch(Character::isDigit));
    }

    private static boolean isClassificationLine(String line) {
        String t = line.strip();
        return t.startsWith("UNCLAS") || t.startsWith("C O N F") || t.startsWith("CONFIDENTIAL") || t.startsWith("S E C R E T")
                || t.startsWith("SECRET") || t.startsWith("TOP SECRET") || t.startsWith("T O P") || t.startsWith("LIMITED OFFICIAL");
    }
}
