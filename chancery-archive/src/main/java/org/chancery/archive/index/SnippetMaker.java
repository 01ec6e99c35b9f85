package org.chancery.archive.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Snippets by re-analysing the text of the readable portions of a hit (read back from the store of record through
 * a {@link PortionSource}; a page of hits is a few tens of kilobytes of text): the terms and prefixes of the query on the readable text fields are collected once, each
 * portion is tokenized, the portion with the most distinct matched terms wins, and a window around its densest
 * run of matches becomes the snippet. Measured much faster than the unified highlighter over one field per label
 * class (it pays per field, and there are tens of fields), and it needs no offsets in the index.
 *
 * <p>Only terms the query seeks in the fields given count, and the caller gives only the texts of portions indexed
 * in those fields: a reader's snippet never shows text of a portion they may not read.
 */
final class SnippetMaker {

    static final int WINDOW = 220;
    private static final int LEAD = 50;

    private final Analyzer analyzer;
    private final Set<BytesRef> terms = new HashSet<>();
    private final List<ByteRunAutomaton> prefixes = new ArrayList<>();

    SnippetMaker(Analyzer analyzer, Query query, Set<String> fields) {
        this.analyzer = analyzer;
        query.visit(new Collector(fields));
    }

    boolean hasTerms() {
        return !terms.isEmpty() || !prefixes.isEmpty();
    }

    private final class Collector extends QueryVisitor {
        private final Set<String> fields;

        Collector(Set<String> fields) {
            this.fields = fields;
        }

        @Override
        public boolean acceptField(String field) {
            return fields.contains(field);
        }

        @Override
        public void consumeTerms(Query query, Term... ts) {
            for (Term t : ts) if (fields.contains(t.field())) terms.add(BytesRef.deepCopyOf(t.bytes()));
        }

        @Override
        public void consumeTermsMatching(Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            if (fields.contains(field)) prefixes.add(automaton.get());
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // Excluded words are not why a cable matched.
            return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
        }
    }

    /** The best snippet among the portions' texts, or null when none has a match. */
    Snippet best(List<String> portions) {
        Matches best = null;
        for (String text : portions) {
            Matches m = match(text);
            if (m.starts.isEmpty()) continue;
            if (best == null || m.distinct > best.distinct
                    || (m.distinct == best.distinct && m.starts.size() > best.starts.size())) {
                best = m;
            }
        }
        return best == null ? null : best.window();
    }

    private record Matches(String text, List<Integer> starts, List<Integer> ends, int distinct) {
        Snippet window() {
            // The run of matches with the most matches within one window.
            int bestFirst = 0;
            int bestCount = 0;
            for (int i = 0, j = 0; i < starts.size(); i++) {
                while (j < starts.size() && ends.get(j) <= starts.get(i) + WINDOW - LEAD) j++;
                if (j - i > bestCount) {
                    bestCount = j - i;
                    bestFirst = i;
                }
            }
            int from = wordStart(text, Math.max(0, starts.get(bestFirst) - LEAD));
            int to = wordEnd(text, Math.min(text.length(), from + WINDOW));
            StringBuilder out = new StringBuilder(WINDOW + 8);
            if (from > 0) out.append("… ");
            List<Snippet.Range> ranges = new ArrayList<>();
            int m = 0;
            while (m < starts.size() && starts.get(m) < from) m++;
            boolean space = false;
            int openAt = -1;
            for (int i = from; i < to; i++) {
                if (openAt < 0 && m < starts.size() && starts.get(m) == i) {
                    if (space) out.append(' ');
                    space = false;
                    openAt = out.length();
                }
                char c = text.charAt(i);
                if (Character.isWhitespace(c)) {
                    space = true;
                } else {
                    if (space && out.length() > 0) out.append(' ');
                    space = false;
                    out.append(c);
                }
                if (openAt >= 0 && i + 1 == Math.min(ends.get(m), to)) {
                    Snippet.Range last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
                    if (last != null && openAt <= last.end() + 1) {
                        // Touching matches (the words of a phrase) make one range.
                        ranges.set(ranges.size() - 1, new Snippet.Range(last.start(), out.length()));
                    } else {
                        ranges.add(new Snippet.Range(openAt, out.length()));
                    }
                    openAt = -1;
                    m++;
                }
            }
            if (to < text.length()) out.append(" …");
            return new Snippet(out.toString(), ranges);
        }

        private static int wordStart(String text, int at) {
            if (at == 0) return 0;
            int i = at;
            while (i > 0 && !Character.isWhitespace(text.charAt(i - 1)) && at - i < 20) i--;
            return i;
        }

        private static int wordEnd(String text, int at) {
            int i = at;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && i - at < 20) i++;
            return i;
        }
    }

    private Matches match(String text) {
        List<Integer> starts = new ArrayList<>();
        List<Integer> ends = new ArrayList<>();
        Set<String> distinct = new HashSet<>();
        BytesRef scratch = new BytesRef();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                scratch = new BytesRef(term);
                boolean hit = terms.contains(scratch);
                for (int i = 0; !hit && i < prefixes.size(); i++) {
                    hit = prefixes.get(i).run(scratch.bytes, scratch.offset, scratch.length);
                }
                if (hit) {
                    starts.add(offset.startOffset());
                    ends.add(offset.endOffset());
                    distinct.add(term.toString());
                }
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Matches(text, starts, ends, distinct.size());
    }
}
