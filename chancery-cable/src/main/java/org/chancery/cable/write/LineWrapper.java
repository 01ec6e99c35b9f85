package org.chancery.cable.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap at a fixed width. Words are runs of non-space characters; runs of spaces between them
 * collapse to one (the model keeps text with single spaces anyway). A word longer than the width stays whole on
 * a line of its own: breaking it would change the text that a reader joins back.
 */
final class LineWrapper {

    private LineWrapper() {
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(width);
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') i++;
            if (i == n) break;
            int start = i;
            while (i < n && text.charAt(i) != ' ') i++;
            int wordLength = i - start;
            if (line.length() > 0 && line.length() + 1 + wordLength > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) line.append(' ');
            line.append(text, start, i);
        }
        if (line.length() > 0 || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }
}
