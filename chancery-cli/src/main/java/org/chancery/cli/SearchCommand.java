package org.chancery.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Snippet;
import org.chancery.archive.query.QuerySyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code chancery search [--store DIR] QUERY [--facets] [--json] [--limit N] [--offset N] [--sort S]}. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Searches the archive. The query language (docs/query-language.md): words, \"phrases\", prefix*, "
                        + "AND, OR, NOT, -word, parentheses; fields id:, tag:, origin:, to:, info:, class:, "
                        + "caveat:, subject:, ref:, date:2009-10, date:[2008-01 TO 2009-12], precedence:.",
                "Prints one block per cable: id, date, origin, classification, subject and a snippet with the "
                        + "matched words between asterisks; then the total. Exit code 2 for a malformed query.",
                "With --as USER: hits, snippets, subjects, totals and counts come only from what that user may "
                        + "read."})
final class SearchCommand implements Callable<Integer> {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Option(names = "--facets", description = "Also count the matching cables by origin, class, tag, year, month, "
            + "precedence and addressee.")
    private boolean facets;

    @Option(names = "--json", description = "Write the result as one JSON object.")
    private boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Hits to show (default: 10).")
    private int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Hits to skip (default: 0).")
    private int offset;

    @Option(names = "--facet-limit", paramLabel = "N", defaultValue = "10",
            description = "Values to show per facet (default: 10).")
    private int facetLimit;

    @Option(names = "--sort", paramLabel = "ORDER", defaultValue = "relevance",
            description = "relevance, date (oldest first) or -date (newest first); default: relevance.")
    private String sort;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The query (several arguments are joined "
            + "with spaces).")
    private List<String> query;

    @Override
    public Integer call() throws IOException {
        if (limit < 0 || offset < 0 || facetLimit < 1) {
            throw new BadInputException("--limit and --offset must be 0 or more, --facet-limit 1 or more");
        }
        if ((long) limit + offset > Integer.MAX_VALUE) {
            throw new BadInputException("--limit + --offset must be at most " + Integer.MAX_VALUE);
        }
        SearchRequest request = new SearchRequest(QueryArgs.query(query),
                facets ? EnumSet.allOf(Facet.class) : Set.of(), facetLimit, limit, offset, QueryArgs.sort(sort),
                null);
        SearchResult result;
        try (AsOption.Secured archive = as.openForReading(store)) {
            result = archive.gate().search(archive.viewer(), request);
        } catch (QuerySyntaxException e) {
            throw QueryArgs.badQuery(e);
        }
        if (json) {
            OutputStream out = Output.bytes(main);
            writeJson(result, out);
            out.flush();
        } else {
            Writer out = Output.text(main);
            writeText(result, request, out);
            out.flush();
        }
        return Main.OK;
    }

    static void writeText(SearchResult result, SearchRequest request, Writer out) throws IOException {
        for (SearchResult.Hit hit : result.hits()) {
            out.write(hit.id() + "  " + (hit.dtg() == null ? "-" : hit.dtg().toString().substring(0, 10)) + "  "
                    + orDash(hit.origin()) + "  " + orDash(hit.classification()) + "\n");
            if (hit.subject() != null) out.write("    " + hit.subject() + "\n");
            if (hit.snippet() != null) out.write("    " + hit.snippet().marked("*", "*") + "\n");
        }
        long shownTo = Math.min(result.total(), (long) request.offset() + result.hits().size());
        out.write(result.total() + (result.total() == 1 ? " cable" : " cables")
                + (result.hits().isEmpty() ? "" : " (showing " + (request.offset() + 1) + "-" + shownTo + ")")
                + "\n");
        for (Map.Entry<Facet, List<SearchResult.FacetValue>> facet : result.facets().entrySet().stream()
                .sorted(Map.Entry.comparingByKey()).toList()) {
            StringBuilder line = new StringBuilder(facet.getKey().dim()).append(':');
            for (SearchResult.FacetValue v : facet.getValue()) {
                line.append("  ").append(v.value()).append(" (").append(v.count()).append(')');
            }
            out.write(line.append('\n').toString());
        }
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }

    static void writeJson(SearchResult result, OutputStream out) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("total", result.total());
            g.writeArrayFieldStart("hits");
            for (SearchResult.Hit hit : result.hits()) {
                g.writeStartObject();
                g.writeStringField("id", hit.id());
                g.writeStringField("dtg", hit.dtg() == null ? null : hit.dtg().toString());
                g.writeStringField("origin", hit.origin());
                g.writeStringField("class", hit.classification());
                g.writeStringField("subject", hit.subject());
                g.writeNumberField("score", hit.score());
                if (hit.snippet() == null) {
                    g.writeNullField("snippet");
                } else {
                    g.writeObjectFieldStart("snippet");
                    g.writeStringField("text", hit.snippet().text());
                    g.writeArrayFieldStart("highlights");
                    for (Snippet.Range r : hit.snippet().highlights()) {
                        g.writeStartArray();
                        g.writeNumber(r.start());
                        g.writeNumber(r.end());
                        g.writeEndArray();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            if (!result.facets().isEmpty()) {
                g.writeObjectFieldStart("facets");
                for (Facet f : Facet.values()) {
                    List<SearchResult.FacetValue> values = result.facets().get(f);
                    if (values == null) continue;
                    g.writeArrayFieldStart(f.dim());
                    for (SearchResult.FacetValue v : values) {
                        g.writeStartObject();
                        g.writeStringField("value", v.value());
                        g.writeNumberField("count", v.count());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                }
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
