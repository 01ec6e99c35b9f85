package org.chancery.archive.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a query into tokens in one pass. Words run up to whitespace or one of {@code ( ) [ ] "}; a word that
 * starts with letters and a colon ({@code tag:PARM}) is a field name followed by its value; {@code -} or
 * {@code +} in front of a term negate it or (for {@code +}) change nothing, inside a word they are part of it
 * ({@code e-mail}); {@code AND}, {@code OR} and {@code NOT} are operators only in capitals, so that the words
 * "and", "or" and "not" can still be searched.
 */
final class QueryLexer {

    private QueryLexer() {
    }

    static List<Token> tokens(String query) {
        List<Token> out = new ArrayList<>();
        int n = query.length();
        int i = 0;
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            switch (c) {
                case '(' -> out.add(new Token(Token.Kind.LPAREN, "(", i++));
                case ')' -> out.add(new Token(Token.Kind.RPAREN, ")", i++));
                case '[' -> out.add(new Token(Token.Kind.LBRACKET, "[", i++));
                case ']' -> out.add(new Token(Token.Kind.RBRACKET, "]", i++));
                case '"' -> {
                    int close = query.indexOf('"', i + 1);
                    if (close < 0) throw new QuerySyntaxException(i, "phrase not closed: a '\"' is missing");
                    out.add(new Token(Token.Kind.PHRASE, query.substring(i + 1, close), i));
                    i = close + 1;
                }
                case '-', '+' -> {
                    boolean prefix = i + 1 < n && !Character.isWhitespace(query.charAt(i + 1));
                    if (prefix) {
                        if (c == '-') out.add(new Token(Token.Kind.MINUS, "-", i));
                        i++;
                    } else {
                        i = word(query, i, out);
                    }
                }
                default -> i = word(query, i, out);
            }
        }
        out.add(new Token(Token.Kind.END, "", n));
        return out;
    }

    private static int word(String query, int start, List<Token> out) {
        int n = query.length();
        int end = start;
        while (end < n && !ends(query.charAt(end))) end++;
        int letters = start;
        while (letters < end && isAsciiLetter(query.charAt(letters))) letters++;
        if (letters > start && letters < end && query.charAt(letters) == ':') {
            out.add(new Token(Token.Kind.FIELD, query.substring(start, letters), start));
            start = letters + 1;
            if (start == end) return end;
        }
        String text = query.substring(start, end);
        Token.Kind kind = switch (text) {
            case "AND" -> Token.Kind.AND;
            case "OR" -> Token.Kind.OR;
            case "NOT" -> Token.Kind.NOT;
            default -> Token.Kind.WORD;
        };
        out.add(new Token(kind, text, start));
        return end;
    }

    private static boolean ends(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || c == '[' || c == ']' || c == '"';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
