package org.chancery.cli;

import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.query.QuerySyntaxException;

import java.util.List;

/** What {@code search} and {@code export} share: the query from its arguments, the sort order, query errors. */
final class QueryArgs {

    private QueryArgs() {
    }

    /** The words of the query as one string ({@code chancery search arms control} = "arms control"). */
    static String query(List<String> words) {
        return String.join(" ", words);
    }

    /** A malformed query as one line for the user. */
    static BadInputException badQuery(QuerySyntaxException e) {
        return new BadInputException("bad query: " + e.getMessage());
    }

    static SearchRequest.Sort sort(String text) {
        try {
            return SearchRequest.Sort.parse(text);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }
}
