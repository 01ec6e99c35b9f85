package org.chancery.cable.read;

/**
 * The lines of a text, found in one linear pass. A line ends at {@code \n}, {@code \r\n} or a lone {@code \r};
 * {@link #start}/{@link #end} bound its content and {@link #next} is where the following line starts (after the
 * terminator), so lines tile the text exactly.
 */
public final class Lines {

    private final String text;
    private int[] starts;
    private int[] ends;
    private int count;

    public Lines(String text) {
        this.text = text;
        int estimate = Math.max(16, text.length() / 40);
        starts = new int[estimate];
        ends = new int[estimate];
        int n = text.length();
        int lineStart = 0;
        int i = 0;
        if (text.indexOf('\r') < 0) {
            // the usual case, only \n: String.indexOf is much faster than a loop over the characters
            for (int nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', lineStart)) {
                add(lineStart, nl);
                lineStart = nl + 1;
            }
            i = n;
        }
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                add(lineStart, i);
                i += (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') ? 2 : 1;
                lineStart = i;
            } else {
                i++;
            }
        }
        if (lineStart < n) add(lineStart, n);
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = java.util.Arrays.copyOf(starts, count * 2);
            ends = java.util.Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    public String text() {
        return text;
    }

    public int count() {
        return count;
    }

    /** Offset of the first character of line {@code i} (0-based). */
    public int start(int i) {
        return starts[i];
    }

    /** Offset just past the last content character of line {@code i}, before its terminator. */
    public int end(int i) {
        return ends[i];
    }

    /** Offset where line {@code i + 1} starts, or the text length after the last line. */
    public int next(int i) {
        return i + 1 < count ? starts[i + 1] : text.length();
    }

    /** The content of line {@code i}, without its terminator. */
    public String line(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The content of line {@code i} trimmed as {@link Ascii#trim} does, cut out once instead of twice. */
    public String trimmed(int i) {
        int a = starts[i];
        int b = ends[i];
        while (a < b && Ascii.isBlank(text.charAt(a))) a++;
        while (b > a && Ascii.isBlank(text.charAt(b - 1))) b--;
        return text.substring(a, b);
    }

    public boolean isBlank(int i) {
        for (int p = starts[i]; p < ends[i]; p++) {
            if (!Character.isWhitespace(text.charAt(p))) return false;
        }
        return true;
    }
}
