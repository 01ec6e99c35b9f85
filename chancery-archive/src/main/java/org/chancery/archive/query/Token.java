package org.chancery.archive.query;

/** A token of the query language: kind, text (words and phrases without quotes, field names) and offset. */
record Token(Kind kind, String text, int offset) {

    enum Kind {
        WORD, PHRASE, FIELD, LPAREN, RPAREN, LBRACKET, RBRACKET, MINUS, AND, OR, NOT, END;
    }

    String describe() {
        return switch (kind) {
            case WORD -> "'" + text + "'";
            case PHRASE -> "\"" + text + "\"";
            case FIELD -> "'" + text + ":'";
            case LPAREN -> "'('";
            case RPAREN -> "')'";
            case LBRACKET -> "'['";
            case RBRACKET -> "']'";
            case MINUS -> "'-'";
            case AND, OR, NOT -> kind.name();
            case END -> "the end of the query";
        };
    }
}
