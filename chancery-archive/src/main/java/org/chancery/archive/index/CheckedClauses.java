package org.chancery.archive.index;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

import java.util.ArrayList;
import java.util.List;

/**
 * The clauses of a query that a search checks per match instead of joining them to the query: the exclusions
 * ({@code -word}, {@code NOT x}) and the conditions that score nothing (a field value such as
 * {@code caveat:sipdis}, a date), beside words that do score.
 *
 * <p>Why: a word is a disjunction over the label-class fields, which Lucene matches fastest in bulk, window by
 * window. Joined to a condition or an exclusion it must instead be matched one document at a time, every field's
 * postings advanced in a heap at each candidate: on a million cables {@code (a OR b) -c caveat:sipdis} cost three
 * times {@code a OR b}. The search takes these clauses out, finds each one's documents once (kept per reader, as
 * the visibility filters are), and checks the matches of the rest against them. A condition is taken out only
 * when it holds most cables (a rare one is better joined: the query then skips to its documents); an exclusion
 * always. A condition scores the same for every cable it holds, so the order of the matches does not change.
 *
 * @param query     what remains to search for: the scored clauses and the conditions left joined
 * @param required  the conditions taken out, each to hold for a match
 * @param excluded  the exclusions taken out, none to hold
 */
record CheckedClauses(Query query, List<Query> required, List<Query> excluded) {

    /**
     * The query's conditions and exclusions that may be checked per match; none when the query is not a
     * conjunction of required clauses (the query language's AND and NOT) with at least one that scores.
     * {@code dense} says whether a condition holds enough cables to be taken out.
     */
    static CheckedClauses of(Query parsed, Dense dense) throws java.io.IOException {
        if (!(parsed instanceof BooleanQuery bool) || bool.getMinimumNumberShouldMatch() != 0) return none(parsed);
        List<BooleanClause> kept = new ArrayList<>();
        List<Query> required = new ArrayList<>();
        List<Query> excluded = new ArrayList<>();
        boolean scored = false;
        for (BooleanClause c : bool.clauses()) {
            switch (c.occur()) {
                case SHOULD -> {
                    return none(parsed);
                }
                case MUST_NOT -> excluded.add(c.query());
                case MUST, FILTER -> {
                    boolean scores = c.occur() == Occur.MUST && LuceneSearchIndex.scoresVary(c.query());
                    scored |= scores;
                    if (scores || c.occur() == Occur.FILTER || !dense.test(c.query())) {
                        kept.add(c);
                    } else {
                        required.add(c.query());
                    }
                }
            }
        }
        if (!scored || (required.isEmpty() && excluded.isEmpty())) return none(parsed);
        if (kept.size() == 1 && kept.get(0).occur() == Occur.MUST) {
            return new CheckedClauses(kept.get(0).query(), required, excluded);
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (BooleanClause c : kept) b.add(c);
        return new CheckedClauses(b.build(), required, excluded);
    }

    private static CheckedClauses none(Query parsed) {
        return new CheckedClauses(parsed, List.of(), List.of());
    }

    /** Whether a condition holds enough cables to be checked per match. */
    interface Dense {
        boolean test(Query condition) throws java.io.IOException;
    }
}
