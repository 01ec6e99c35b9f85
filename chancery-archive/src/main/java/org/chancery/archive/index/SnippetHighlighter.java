package org.chancery.archive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Snippets from the text fields a search was allowed to read, and only those: the unified highlighter over
 * offsets kept in the postings (no re-analysis at search time), producing {@link Snippet}s with match ranges
 * rather than marked-up strings. Whitespace in the passage is collapsed (cable text is cut into 69-character
 * lines).
 */
final class SnippetHighlighter extends UnifiedHighlighter {

    static final int PASSAGES = 2;
    private static final String ELLIPSIS = " … ";

    SnippetHighlighter(IndexSearcher searcher, Analyzer analyzer) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new Formatter())
                .withHighlightPhrasesStrictly(true)
                .withMaxLength(20_000)
                // No passage without a match: a snippet says why the cable matched.
                .withMaxNoHighlightPassages(0));
    }

    /** For each field, one {@link Scored} snippet or null per document. */
    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds) throws IOException {
        int[] passages = new int[fields.length];
        java.util.Arrays.fill(passages, PASSAGES);
        return highlightFieldsAsObjects(fields, query, docIds, passages);
    }

    /** A snippet with the score of its passages (to pick the best field) and its number of matches. */
    record Scored(Snippet snippet, float score, int matches) {
    }

    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            StringBuilder text = new StringBuilder();
            List<Snippet.Range> ranges = new ArrayList<>();
            float score = 0;
            int matches = 0;
            for (Passage p : passages) {
                if (text.length() > 0) text.append(ELLIPSIS);
                score += p.getScore();
                matches += p.getNumMatches();
                // Where each character of the passage lands in the collapsed text.
                int from = p.getStartOffset();
                int[] at = new int[p.getEndOffset() - from + 1];
                boolean space = false;
                for (int i = from; i < p.getEndOffset(); i++) {
                    char c = content.charAt(i);
                    if (Character.isWhitespace(c) || c == '\u2029') {
                        space = true;
                        at[i - from] = text.length();
                    } else {
                        if (space && text.length() > 0 && !endsWithEllipsis(text)) text.append(' ');
                        space = false;
                        at[i - from] = text.length();
                        text.append(c);
                    }
                }
                at[at.length - 1] = text.length();
                int[] starts = p.getMatchStarts();
                int[] ends = p.getMatchEnds();
                for (int m = 0; m < p.getNumMatches(); m++) {
                    int s = at[Math.max(0, starts[m] - from)];
                    int e = at[Math.min(at.length - 1, ends[m] - from)];
                    if (e <= s) continue;
                    Snippet.Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    // Overlapping or touching matches (the words of a phrase) make one range.
                    if (last != null && s <= last.end() + 1) {
                        ranges.set(ranges.size() - 1, new Snippet.Range(last.start(), Math.max(last.end(), e)));
                    } else {
                        ranges.add(new Snippet.Range(s, e));
                    }
                }
            }
            return new Scored(new Snippet(text.toString(), ranges), score, matches);
        }

        private static boolean endsWithEllipsis(StringBuilder text) {
            return text.length() >= ELLIPSIS.length()
                    && text.substring(text.length() - ELLIPSIS.length()).equals(ELLIPSIS);
        }
    }
}
