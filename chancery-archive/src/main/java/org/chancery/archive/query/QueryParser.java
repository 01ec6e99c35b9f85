package org.chancery.archive.query;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.index.IndexFields;
import org.chancery.cable.model.Level;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The query language (docs/query-language.md) to a Lucene query, by recursive descent over the tokens of
 * {@link QueryLexer}:
 *
 * <pre>
 * query   = or END
 * or      = and { "OR" and }
 * and     = unary { ["AND"] unary }          (juxtaposition is AND)
 * unary   = ("NOT" | "-") unary | primary
 * primary = "(" or ")" | FIELD value | WORD | PHRASE
 * value   = WORD | PHRASE | "(" or ")" | "[" bound "TO" bound "]"     (ranges: date only)
 * </pre>
 *
 * Every malformed query gives a {@link QuerySyntaxException} with the column; nothing else escapes.
 */
public final class QueryParser {

    /** Subject words weigh more than body words: a subject says what the cable is about. */
    private static final float SUBJECT_BOOST = 2f;

    private static final List<String> FIELDS = List.of("id", "tag", "origin", "to", "info", "class", "caveat",
            "subject", "ref", "date", "precedence");

    private final String query;
    private final List<Token> tokens;
    private final QueryScope scope;
    private int at;

    private QueryParser(String query, QueryScope scope) {
        this.query = query;
        this.tokens = QueryLexer.tokens(query);
        this.scope = scope;
    }

    /** The Lucene query for {@code query}. */
    public static Query parse(String query, QueryScope scope) {
        QueryParser parser = new QueryParser(query, scope);
        if (parser.peek().kind() == Token.Kind.END) throw new QuerySyntaxException(0, "the query is empty");
        Clause clause = parser.or(null);
        Token end = parser.peek();
        if (end.kind() != Token.Kind.END) {
            throw new QuerySyntaxException(end.offset(), end.kind() == Token.Kind.RPAREN
                    ? "')' without a matching '('" : "unexpected " + end.describe());
        }
        if (clause == null) throw new QuerySyntaxException(0, "nothing to search for: the query has no words");
        return clause.standalone();
    }

    /** A parsed piece: a query, negated or not; null pieces (words made only of punctuation) are dropped. */
    private record Clause(Query query, boolean negated) {
        Query standalone() {
            if (!negated) return query;
            return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
                    .add(query, Occur.MUST_NOT).build();
        }
    }

    // --- grammar ---

    private Clause or(String field) {
        List<Clause> clauses = new ArrayList<>();
        add(clauses, and(field));
        while (peek().kind() == Token.Kind.OR) {
            Token or = next();
            requireOperand(or);
            add(clauses, and(field));
        }
        if (clauses.isEmpty()) return null;
        if (clauses.size() == 1) return clauses.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Clause c : clauses) b.add(c.standalone(), Occur.SHOULD);
        return new Clause(b.build(), false);
    }

    private Clause and(String field) {
        List<Clause> clauses = new ArrayList<>();
        boolean any = false;
        while (true) {
            Token t = peek();
            if (t.kind() == Token.Kind.END || t.kind() == Token.Kind.RPAREN || t.kind() == Token.Kind.OR) break;
            if (t.kind() == Token.Kind.AND) {
                if (!any) throw new QuerySyntaxException(t.offset(), "AND needs a term before it");
                next();
                requireOperand(t);
            }
            add(clauses, unary(field));
            any = true;
        }
        if (!any) {
            Token t = peek();
            throw new QuerySyntaxException(t.offset(), "expected a term, found " + t.describe());
        }
        if (clauses.isEmpty()) return null;
        if (clauses.size() == 1) return clauses.get(0);
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean positive = false;
        for (Clause c : clauses) {
            b.add(c.query(), c.negated() ? Occur.MUST_NOT : Occur.MUST);
            positive |= !c.negated();
        }
        // Only exclusions: they exclude from everything.
        if (!positive) b.add(new MatchAllDocsQuery(), Occur.FILTER);
        return new Clause(b.build(), false);
    }

    private Clause unary(String field) {
        Token t = peek();
        if (t.kind() == Token.Kind.NOT || t.kind() == Token.Kind.MINUS) {
            next();
            requireOperand(t);
            Clause inner = unary(field);
            return inner == null ? null : new Clause(inner.query(), !inner.negated());
        }
        return primary(field);
    }

    private Clause primary(String field) {
        Token t = next();
        return switch (t.kind()) {
            case LPAREN -> {
                Clause inner = or(field);
                Token close = next();
                if (close.kind() != Token.Kind.RPAREN) {
                    throw new QuerySyntaxException(close.offset(), "expected ')' to close the '(' at column "
                            + (t.offset() + 1) + ", found " + close.describe());
                }
                yield inner;
            }
            case FIELD -> {
                if (field != null) {
                    throw new QuerySyntaxException(t.offset(), "field '" + t.text() + ":' inside the value of '"
                            + field + ":'");
                }
                yield fieldValue(t);
            }
            case WORD -> wrap(field == null ? defaultWord(t) : fieldWord(field, t));
            case PHRASE -> wrap(field == null ? defaultPhrase(t) : fieldPhrase(field, t));
            case LBRACKET, RBRACKET -> throw new QuerySyntaxException(t.offset(),
                    "a range [FROM TO TO] goes only after date:");
            default -> throw new QuerySyntaxException(t.offset(), "expected a term, found " + t.describe());
        };
    }

    private Clause fieldValue(Token fieldToken) {
        String field = fieldToken.text().toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) {
            throw new QuerySyntaxException(fieldToken.offset(), "unknown field '" + fieldToken.text()
                    + ":'; fields are " + String.join(", ", FIELDS));
        }
        Token value = peek();
        boolean adjacent = value.offset() == fieldToken.offset() + fieldToken.text().length() + 1;
        if (!adjacent || value.kind() == Token.Kind.END) {
            throw new QuerySyntaxException(fieldToken.offset() + fieldToken.text().length() + 1,
                    "expected a value right after '" + fieldToken.text() + ":'");
        }
        return switch (value.kind()) {
            case LBRACKET -> {
                if (!field.equals("date")) {
                    throw new QuerySyntaxException(value.offset(), "a range [FROM TO TO] goes only after date:");
                }
                yield new Clause(dateRange(), false);
            }
            case WORD, PHRASE, LPAREN -> primary(field);
            default -> throw new QuerySyntaxException(value.offset(), "expected a value after '"
                    + fieldToken.text() + ":', found " + value.describe());
        };
    }

    private void requireOperand(Token operator) {
        Token t = peek();
        switch (t.kind()) {
            case END, RPAREN, OR, AND -> throw new QuerySyntaxException(t.offset(),
                    "expected a term after " + operator.describe() + ", found " + t.describe());
            default -> {
            }
        }
    }

    private static void add(List<Clause> clauses, Clause c) {
        if (c != null) clauses.add(c);
    }

    private static Clause wrap(Query q) {
        return q == null ? null : new Clause(q, false);
    }

    private Token peek() {
        return tokens.get(at);
    }

    private Token next() {
        Token t = tokens.get(at);
        if (t.kind() != Token.Kind.END) at++;
        return t;
    }

    // --- plain words: every readable text and subject field, and the tag meanings ---

    private Query defaultWord(Token t) {
        String text = t.text();
        if (text.equals("*")) return new MatchAllDocsQuery();
        if (isPrefix(text)) return acrossTextFields(field -> prefix(field, text.substring(0, text.length() - 1), t), true);
        return acrossTextFields(field -> analyzed(field, text), true);
    }

    private Query defaultPhrase(Token t) {
        return acrossTextFields(field -> analyzed(field, t.text()), true);
    }

    private interface FieldQuery {
        Query of(String field);
    }

    /** The query on each readable text field, each subject field (boosted) and optionally the tag meanings. */
    private Query acrossTextFields(FieldQuery per, boolean withTagMeanings) {
        List<String> fields = new ArrayList<>(scope.textFields());
        Query probe = per.of(IndexFields.TAG_MEANING);
        if (probe == null) return null; // the text analyzes to nothing
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (String f : fields) {
            b.add(per.of(f), Occur.SHOULD);
            clauses++;
        }
        for (String f : scope.subjectFields()) {
            b.add(new BoostQuery(per.of(f), SUBJECT_BOOST), Occur.SHOULD);
            clauses++;
        }
        if (withTagMeanings) {
            b.add(bannerOnly(probe), Occur.SHOULD);
            clauses++;
        }
        return clauses == 0 ? new MatchNoDocsQuery("no readable text") : b.build();
    }

    private Query subjectOnly(FieldQuery per) {
        if (per.of(IndexFields.TAG_MEANING) == null) return null;
        if (scope.subjectFields().isEmpty()) return new MatchNoDocsQuery("no readable subject");
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String f : scope.subjectFields()) b.add(per.of(f), Occur.SHOULD);
        return b.build();
    }

    // --- field values ---

    private Query fieldWord(String field, Token t) {
        String text = t.text();
        boolean prefix = isPrefix(text);
        String stem = prefix ? text.substring(0, text.length() - 1) : text;
        if (text.equals("*")) {
            throw new QuerySyntaxException(t.offset(), "a prefix needs at least one character before '*'");
        }
        return switch (field) {
            case "subject" -> subjectOnly(f -> prefix ? prefix(f, stem, t) : analyzed(f, text));
            case "origin" -> prefix ? prefix(IndexFields.ORIGIN, stem, t) : analyzed(IndexFields.ORIGIN, text);
            case "to" -> prefix ? prefix(IndexFields.TO, stem, t) : analyzed(IndexFields.TO, text);
            case "info" -> prefix ? prefix(IndexFields.INFO, stem, t) : analyzed(IndexFields.INFO, text);
            case "class" -> classification(t);
            case "date" -> date(t, text);
            default -> keywordField(field, text, prefix);
        };
    }

    private Query fieldPhrase(String field, Token t) {
        return switch (field) {
            case "subject" -> subjectOnly(f -> analyzed(f, t.text()));
            case "origin" -> analyzed(IndexFields.ORIGIN, t.text());
            case "to" -> analyzed(IndexFields.TO, t.text());
            case "info" -> analyzed(IndexFields.INFO, t.text());
            case "class" -> classification(t);
            case "date" -> date(t, t.text().strip());
            default -> keywordField(field, t.text(), false);
        };
    }

    /** Tags, tag meanings and references: only of cables whose banner the reader may read (see QueryScope). */
    private Query bannerOnly(Query query) {
        if (scope.bannerOnly() == null || query == null) return query;
        return new BooleanQuery.Builder().add(query, Occur.MUST).add(scope.bannerOnly(), Occur.FILTER).build();
    }

    private Query keywordField(String field, String value, boolean prefix) {
        Query q = keyword(field, value, prefix);
        return field.equals("tag") || field.equals("ref") ? bannerOnly(q) : q;
    }

    private static Query keyword(String field, String value, boolean prefix) {
        String normal = normalizeKeyword(prefix ? value.substring(0, value.length() - 1) : value);
        String indexField = switch (field) {
            case "id" -> IndexFields.ID;
            case "tag" -> IndexFields.TAG;
            case "caveat" -> IndexFields.CAVEAT;
            case "ref" -> IndexFields.REF;
            case "precedence" -> IndexFields.PRECEDENCE;
            default -> throw new IllegalStateException(field);
        };
        Term term = new Term(indexField, normal);
        return prefix ? new PrefixQuery(term) : new TermQuery(term);
    }

    /** Keyword values are indexed upper case with single spaces; queries are normalised the same way. */
    public static String normalizeKeyword(String value) {
        return String.join(" ", value.strip().split("\\s+")).toUpperCase(Locale.ROOT);
    }

    private static Query classification(Token t) {
        Level level = level(t.text());
        if (level == null) {
            throw new QuerySyntaxException(t.offset(), "unknown classification '" + t.text()
                    + "'; use U, SBU, C, S, TS or the words (unclassified, confidential, secret, \"top secret\")");
        }
        return new TermQuery(new Term(IndexFields.CLASS, level.name()));
    }

    /** A level from its word, its portion-mark letters or an older name (LOU, SENSITIVE); null if none. */
    public static Level level(String text) {
        String key = normalizeKeyword(text).replace('_', ' ');
        for (Level l : Level.values()) {
            if (l.word().equals(key) || l.portionMark().equals(key) || l.name().equals(key.replace(' ', '_'))) {
                return l;
            }
        }
        return switch (key) {
            case "LOU", "LIMITED OFFICIAL USE", "SENSITIVE" -> Level.SBU;
            default -> null;
        };
    }

    // --- dates ---

    private Query date(Token t, String text) {
        long[] period = period(text, t.offset());
        return LongPoint.newRangeQuery(IndexFields.DATE, period[0], period[1] - 1);
    }

    private Query dateRange() {
        Token open = next(); // '['
        Token from = next();
        Token to = next();
        Token until = next();
        Token close = next();
        if (from.kind() != Token.Kind.WORD) throw expectedIn(from, "a date (2008, 2008-01 or 2008-01-31) or *");
        if (to.kind() != Token.Kind.WORD || !to.text().equalsIgnoreCase("TO")) throw expectedIn(to, "TO");
        if (until.kind() != Token.Kind.WORD) throw expectedIn(until, "a date (2009, 2009-12 or 2009-12-31) or *");
        if (close.kind() != Token.Kind.RBRACKET) {
            throw new QuerySyntaxException(close.offset(), "expected ']' to close the range at column "
                    + (open.offset() + 1) + ", found " + close.describe());
        }
        long lower = from.text().equals("*") ? Long.MIN_VALUE : period(from.text(), from.offset())[0];
        long upper = until.text().equals("*") ? Long.MAX_VALUE : period(until.text(), until.offset())[1] - 1;
        if (lower > upper) {
            throw new QuerySyntaxException(from.offset(), "the range starts after it ends");
        }
        return LongPoint.newRangeQuery(IndexFields.DATE, lower, upper);
    }

    private static QuerySyntaxException expectedIn(Token t, String what) {
        return new QuerySyntaxException(t.offset(), "in a date range, expected " + what + ", found " + t.describe());
    }

    /** [start, end) in epoch milliseconds (UTC) of a year, month or day. */
    static long[] period(String text, int offset) {
        String[] parts = text.split("-", -1);
        try {
            if (parts.length > 3 || parts[0].length() != 4) throw new NumberFormatException();
            int year = Integer.parseInt(parts[0]);
            LocalDate start;
            LocalDate end;
            if (parts.length == 1) {
                start = LocalDate.of(year, 1, 1);
                end = start.plusYears(1);
            } else if (parts.length == 2) {
                if (parts[1].length() != 2) throw new NumberFormatException();
                start = LocalDate.of(year, Integer.parseInt(parts[1]), 1);
                end = start.plusMonths(1);
            } else {
                if (parts[1].length() != 2 || parts[2].length() != 2) throw new NumberFormatException();
                start = LocalDate.of(year, Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
                end = start.plusDays(1);
            }
            return new long[] {millis(start), millis(end)};
        } catch (RuntimeException e) {
            throw new QuerySyntaxException(offset, "'" + text + "' is not a date: write 2009, 2009-10 or 2009-10-02");
        }
    }

    private static long millis(LocalDate d) {
        return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    // --- analysis ---

    private static boolean isPrefix(String text) {
        return text.length() > 1 && text.endsWith("*");
    }

    /** One term, or a phrase when the text analyzes to several; null when it analyzes to nothing. */
    private Query analyzed(String field, String text) {
        List<String> terms = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        analyze(field, text, terms, positions);
        if (terms.isEmpty()) return null;
        if (terms.size() == 1) return new TermQuery(new Term(field, terms.get(0)));
        PhraseQuery.Builder b = new PhraseQuery.Builder();
        for (int i = 0; i < terms.size(); i++) b.add(new Term(field, terms.get(i)), positions.get(i));
        return b.build();
    }

    /**
     * A prefix on an analyzed field: the prefix lower-cased and folded; when stemming would change it
     * (sanctions* → sanction), the stemmed form too, since the index holds stems.
     */
    private Query prefix(String field, String stem, Token t) {
        Analyzer analyzer = scope.analyzer();
        BytesRef normal = analyzer.normalize(field, stem);
        if (normal.length == 0) {
            throw new QuerySyntaxException(t.offset(), "a prefix needs at least one character before '*'");
        }
        Query plain = new PrefixQuery(new Term(field, normal));
        List<String> terms = new ArrayList<>();
        analyze(field, stem, terms, new ArrayList<>());
        if (terms.size() == 1 && !terms.get(0).equals(normal.utf8ToString())) {
            return new BooleanQuery.Builder().add(plain, Occur.SHOULD)
                    .add(new PrefixQuery(new Term(field, terms.get(0))), Occur.SHOULD).build();
        }
        return plain;
    }

    private void analyze(String field, String text, List<String> terms, List<Integer> positions) {
        try (TokenStream ts = scope.analyzer().tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            int position = -1;
            while (ts.incrementToken()) {
                position += inc.getPositionIncrement();
                terms.add(term.toString());
                positions.add(position);
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return query;
    }
}
