package org.chancery.cable.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits a short, already isolated line into upper-case words at spaces (no regex: it runs per caption). */
final class Words {

    private Words() {
    }

    static List<String> of(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        int i = 0;
        int n = s.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) i++;
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) i++;
            if (i > start) out.add(s.substring(start, i).toUpperCase(Locale.ROOT));
        }
        return out;
    }
}
