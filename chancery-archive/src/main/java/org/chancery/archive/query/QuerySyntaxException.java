package org.chancery.archive.query;

/**
 * A query that cannot be read: says what is wrong and where (1-based column), in one line meant for the person
 * who typed it.
 */
public final class QuerySyntaxException extends IllegalArgumentException {

    private final int column;
    private final String problem;

    QuerySyntaxException(int offset, String problem) {
        super("column " + (offset + 1) + ": " + problem);
        this.column = offset + 1;
        this.problem = problem;
    }

    /** 1-based column of the problem in the query. */
    public int column() {
        return column;
    }

    /** The message without the position. */
    public String problem() {
        return problem;
    }

    /** The query with a caret under the problem, for a terminal. */
    public String pointAt(String query) {
        return query + "\n" + " ".repeat(Math.max(0, Math.min(column - 1, query.length()))) + "^";
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        // A user error, not a bug: no trace to collect.
        return this;
    }
}
