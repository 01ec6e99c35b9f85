package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Snippet;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Problems;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Auth;
import org.chancery.archive.secure.SecureArchive;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.chancery.server.ChanceryServer.API;

/** {@code GET /search}: the query language of docs/query-language.md, with facets, limited to what the caller may read. */
public final class SearchResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecureArchive gate;

    public SearchResource(ServerContext c) {
        this.gate = c.gate();
    }

    @Override
    public void routes(RouteTable t) {
        t.add(HandlerType.GET, API + "/search", "search", "Search cables, with facet counts", Access.USER, this::search)
                .query("q", "string", true, "the query (docs/query-language.md); * for everything")
                .query("facets", "string", false, "comma-separated facets to count: origin, class, tag, year, "
                        + "month, precedence, addressee; 'all' for every one")
                .query("facetLimit", "integer", false, "values per facet (1-100, default 10)")
                .query("limit", "integer", false, "hits per page (0-100, default 10)")
                .query("offset", "integer", false, "hits to skip (0-10000, default 0)")
                .query("sort", "string", false, "relevance (default), date or -date");
    }

    private void search(Context ctx) {
        String q = Params.requiredQuery(ctx, "q");
        if (q.length() > 1000) throw ApiException.badParameter("q", "at most 1000 characters");
        Set<Facet> facets = facets(Params.query(ctx, "facets"));
        int facetLimit = Params.intQuery(ctx, "facetLimit", 10, 1, 100);
        int limit = Params.intQuery(ctx, "limit", 10, 0, 100);
        int offset = Params.intQuery(ctx, "offset", 0, 0, 10_000);
        String sortText = Params.query(ctx, "sort");
        SearchRequest.Sort sort;
        try {
            sort = sortText == null || sortText.isEmpty() ? SearchRequest.Sort.RELEVANCE : SearchRequest.Sort.parse(sortText);
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("sort", "relevance, date or -date, not " + Problems.quote(sortText));
        }
        SearchRequest request = new SearchRequest(q, facets, facetLimit, limit, offset, sort, null);
        SearchResult result = gate.search(Auth.viewer(ctx), request);
        ctx.json(json(result, limit, offset));
    }

    static Set<Facet> facets(String text) {
        if (text == null || text.isBlank()) return Set.of();
        if (text.trim().equalsIgnoreCase("all")) return EnumSet.allOf(Facet.class);
        Set<Facet> out = EnumSet.noneOf(Facet.class);
        for (String name : text.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) continue;
            Facet f = null;
            for (Facet c : Facet.values()) if (c.dim().equals(n.toLowerCase(Locale.ROOT))) f = c;
            if (f == null) throw ApiException.badParameter("facets", "no facet " + Problems.quote(n)
                    + "; facets are origin, class, tag, year, month, precedence, addressee");
            out.add(f);
        }
        return out;
    }

    private static ObjectNode json(SearchResult r, int limit, int offset) {
        ObjectNode n = JSON.createObjectNode();
        n.put("total", r.total());
        n.put("limit", limit);
        n.put("offset", offset);
        ArrayNode hits = n.putArray("hits");
        for (SearchResult.Hit h : r.hits()) {
            ObjectNode o = hits.addObject();
            o.put("id", h.id());
            o.put("dtg", h.dtg() == null ? null : h.dtg().toString());
            o.put("origin", h.origin());
            o.put("classification", h.classification());
            o.put("subject", h.subject());
            o.put("score", h.score());
            Snippet s = h.snippet();
            if (s != null) {
                ObjectNode sn = o.putObject("snippet");
                sn.put("text", s.text());
                ArrayNode hl = sn.putArray("highlights");
                for (Snippet.Range range : s.highlights()) hl.addArray().add(range.start()).add(range.end());
            }
            o.put("href", API + "/cables/" + h.id());
        }
        ObjectNode facets = n.putObject("facets");
        for (Map.Entry<Facet, List<SearchResult.FacetValue>> e : r.facets().entrySet()) {
            ArrayNode values = facets.putArray(e.getKey().dim());
            for (SearchResult.FacetValue v : e.getValue()) values.addObject().put("value", v.value()).put("count", v.count());
        }
        return n;
    }
}
