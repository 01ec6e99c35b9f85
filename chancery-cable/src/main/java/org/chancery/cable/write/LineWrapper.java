package org.chancery.cable.write;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrap at a fixed width. Words are runs of non-space characters; runs of spaces between them
 * collapse to one (the model keeps text with single spaces anyway). A word longer than the width stays whole on
 * a line of its own: breaking it would change the text that a reader joins back.
 *
 * <p>A continuation line never begins with what reads as the opening of a paragraph ({@code (C)}, {@code (c),},
 * {@code 2.}, {@code 3)}): the line breaks a word earlier instead, so that in the canonical form a paragraph
 * opening is always a paragraph opening ({@code Classified By: … 1.4 (a),} / {@code (c) and (d).} would
 * otherwise read as a new paragraph marked (C)).
 */
final class LineWrapper {

    private LineWrapper() {
    }

    static List<String> wrap(String text, int width) {
        List<String> words = words(text);
        List<String> lines = new ArrayList<>();
        int first = 0; // first word of the current line
        int length = 0; // length of the current line
        for (int w = 0; w < words.size(); w++) {
            int wordLength = words.get(w).length();
            if (w > first && length + 1 + wordLength > width) {
                int breakAt = w;
                // Move words down while the new line would open like a paragraph and the line keeps a word.
                while (breakAt - 1 > first && looksLikeOpening(words.get(breakAt))) breakAt--;
                lines.add(String.join(" ", words.subList(first, breakAt)));
                first = breakAt;
                length = String.join(" ", words.subList(first, w)).length();
            }
            length += (w > first ? 1 : 0) + wordLength;
        }
        if (first < words.size() || lines.isEmpty()) lines.add(String.join(" ", words.subList(first, words.size())));
        return lines;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && text.charAt(i) == ' ') i++;
            if (i == n) break;
            int start = i;
            while (i < n && text.charAt(i) != ' ') i++;
            words.add(text.substring(start, i));
        }
        return words;
    }

    /** {@code (C)}, {@code (S/NF)}, {@code (c),}, {@code 12.}, {@code 3)}: a word a reader takes for a paragraph start. */
    static boolean looksLikeOpening(String word) {
        if (word.startsWith("(") || word.startsWith("[")) {
            int close = Math.max(word.indexOf(')'), word.indexOf(']'));
            return close > 1 && close <= 12;
        }
        int d = 0;
        while (d < word.length() && Character.isDigit(word.charAt(d))) d++;
        if (d == 0 || d == word.length() || (word.charAt(d) != '.' && word.charAt(d) != ')')) return false;
        return d + 1 == word.length() || word.charAt(d + 1) == '(' || word.charAt(d + 1) == '[';
    }
}
