package org.chancery.server.web;

import org.chancery.archive.secure.Viewer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.chancery.archive.index.Facet;
import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Snippet;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.security.Principal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code /search}: the query, facet filters, sort and page all live in the URL ({@code ?q=radar&f=class:SECRET&f=month:2009-10&page=2}),
 * so every result page is a permalink and can be saved. Facet values link to the same search with one more
 * filter; the month facet is also drawn as a histogram. Saved searches: {@code POST /search/saved} and
 * {@code POST /search/saved/{id}/delete}.
 */
public final class SearchPages {

    static final int PAGE_SIZE = 10;
    private static final Set<Facet> SIDE_FACETS = EnumSet.of(Facet.CLASS, Facet.ORIGIN, Facet.TAG, Facet.YEAR,
            Facet.PRECEDENCE, Facet.ADDRESSEE);
    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** A facet filter from the URL ({@code f=class:SECRET}). */
    public record Filter(Facet facet, String value, String removeHref) {
        public String label() {
            return facet.dim() + ": " + value;
        }
    }

    public record FacetLink(String value, long count, String href, boolean active) {
    }

    public record FacetGroup(String name, List<FacetLink> values) {
    }

    /** A piece of a snippet; {@code mark} when it is a matched word. */
    public record Fragment(String text, boolean mark) {
    }

    public record HitView(String id, String dtg, String origin, String classification, String levelCss, String subject,
                          List<Fragment> snippet) {
        public String href() {
            return "/cables/" + id;
        }
    }

    public record Pager(int page, int pages, long total, String previous, String next) {
    }

    public record SearchPage(Chrome chrome, String q, String sort, List<Filter> filters, String error, long total,
                             List<HitView> hits, List<FacetGroup> facets, Histogram histogram, Pager pager,
                             List<SavedSearches.Saved> saved, String permalink) {
        public boolean searched() {
            return error == null && hits != null;
        }
    }

    private final WebContext web;

    SearchPages(WebContext web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/search", this::search);
        app.post("/search/saved", this::save);
        app.post("/search/saved/{id}/delete", this::delete);
    }

    private void search(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        String q = trimmed(ctx.queryParam("q"));
        List<Filter> filters = filters(ctx, q);
        String sortText = ctx.queryParam("sort");
        SearchRequest.Sort sort = switch (sortText == null ? "" : sortText) {
            case "date" -> SearchRequest.Sort.DATE;
            case "-date" -> SearchRequest.Sort.DATE_DESC;
            default -> SearchRequest.Sort.RELEVANCE;
        };
        int page = Math.max(1, Math.min(1000, intParam(ctx.queryParam("page"))));
        String effective = effectiveQuery(q, filters);
        String error = null;
        List<HitView> hits = null;
        List<FacetGroup> groups = List.of();
        Histogram histogram = null;
        Pager pager = null;
        long total = 0;
        if (q != null || !filters.isEmpty()) {
            try {
                SearchRequest request = new SearchRequest(effective, SIDE_FACETS, 8, PAGE_SIZE, (page - 1) * PAGE_SIZE,
                        sort, null);
                SearchResult result = web.server().gate().search(Viewer.as(me), request);
                SearchResult months = web.server().gate().search(Viewer.as(me), new SearchRequest(effective, Set.of(Facet.MONTH),
                        600, 0, 0, SearchRequest.Sort.RELEVANCE, null));
                total = result.total();
                hits = result.hits().stream().map(SearchPages::hit).toList();
                groups = groups(result, q, filters, sortText);
                histogram = Histogram.of(months.facets().getOrDefault(Facet.MONTH, List.of()),
                        m -> href(q, with(filters, Facet.MONTH, m), sortText, 1));
                int pages = (int) Math.max(1, Math.min(1000, (total + PAGE_SIZE - 1) / PAGE_SIZE));
                pager = new Pager(page, pages, total, page > 1 ? href(q, filters, sortText, page - 1) : null,
                        page < pages ? href(q, filters, sortText, page + 1) : null);
            } catch (QuerySyntaxException e) {
                error = e.getMessage();
            }
        }
        String permalink = query(q, filters, sortText, 1);
        web.templates().render(ctx, error == null ? 200 : 400, "search.jte", new SearchPage(
                Chrome.of(ctx, web, q == null ? "Search" : q + " — Search", "search"), q == null ? "" : q,
                sortText == null ? "" : sortText, filters, error, total, hits, groups, histogram, pager,
                web.savedSearches().of(me.id()), permalink));
    }

    private void save(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        String name = trimmed(ctx.formParam("name"));
        String query = trimmed(ctx.formParam("query"));
        if (query == null || query.length() > 2000 || query.contains("\n")) {
            ctx.status(400).result("bad saved search");
            return;
        }
        if (name == null) name = query;
        if (name.length() > 200) name = name.substring(0, 200);
        web.savedSearches().save(me.id(), name, query);
        ctx.redirect("/search?" + query, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void delete(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        web.savedSearches().delete(me.id(), id);
        ctx.redirect("/search", io.javalin.http.HttpStatus.SEE_OTHER);
    }

    // --- the URL -------------------------------------------------------------------------------------------------

    private static List<Filter> filters(Context ctx, String q) {
        List<Filter> raw = new ArrayList<>();
        for (String f : ctx.queryParams("f")) {
            int colon = f.indexOf(':');
            if (colon <= 0 || colon == f.length() - 1) continue;
            Facet facet = facet(f.substring(0, colon));
            if (facet == null) continue;
            String value = f.substring(colon + 1).replace("\"", "").strip();
            if (value.isEmpty() || value.length() > 200) continue;
            raw.add(new Filter(facet, value, null));
        }
        String sort = ctx.queryParam("sort");
        List<Filter> out = new ArrayList<>();
        for (Filter f : raw) {
            List<Filter> others = new ArrayList<>(raw);
            others.remove(f);
            out.add(new Filter(f.facet(), f.value(), href(q, others, sort, 1)));
        }
        return out;
    }

    private static Facet facet(String name) {
        for (Facet f : Facet.values()) if (f.dim().equals(name)) return f;
        return null;
    }

    /** The query the index runs: the user's query (everything when empty) and one clause per filter. */
    static String effectiveQuery(String q, List<Filter> filters) {
        StringBuilder b = new StringBuilder(q == null ? "*" : "(" + q + ")");
        for (Filter f : filters) {
            String v = "\"" + f.value() + "\"";
            b.append(' ').append(switch (f.facet()) {
                case ORIGIN -> "origin:" + v;
                case CLASS -> "class:" + v;
                case TAG -> "tag:" + v;
                case YEAR, MONTH -> "date:" + f.value().replace(" ", "");
                case PRECEDENCE -> "precedence:" + v;
                case ADDRESSEE -> "(to:" + v + " OR info:" + v + ")";
            });
        }
        return b.toString();
    }

    private static List<Filter> with(List<Filter> filters, Facet facet, String value) {
        List<Filter> out = new ArrayList<>(filters);
        out.add(new Filter(facet, value, null));
        return out;
    }

    static String href(String q, List<Filter> filters, String sort, int page) {
        return "/search?" + query(q, filters, sort, page);
    }

    static String query(String q, List<Filter> filters, String sort, int page) {
        StringBuilder b = new StringBuilder();
        if (q != null) b.append("q=").append(enc(q));
        for (Filter f : filters) b.append(b.isEmpty() ? "" : "&").append("f=").append(enc(f.facet().dim() + ":" + f.value()));
        if (sort != null && !sort.isEmpty()) b.append(b.isEmpty() ? "" : "&").append("sort=").append(enc(sort));
        if (page > 1) b.append(b.isEmpty() ? "" : "&").append("page=").append(page);
        return b.toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // --- the result ----------------------------------------------------------------------------------------------

    private static List<FacetGroup> groups(SearchResult r, String q, List<Filter> filters, String sort) {
        List<FacetGroup> out = new ArrayList<>();
        for (Facet f : List.of(Facet.CLASS, Facet.ORIGIN, Facet.TAG, Facet.YEAR, Facet.PRECEDENCE, Facet.ADDRESSEE)) {
            List<SearchResult.FacetValue> values = r.facets().getOrDefault(f, List.of());
            if (values.isEmpty()) continue;
            List<FacetLink> links = new ArrayList<>();
            for (SearchResult.FacetValue v : values) {
                boolean active = filters.stream().anyMatch(x -> x.facet() == f && x.value().equals(v.value()));
                links.add(new FacetLink(v.value(), v.count(), active ? null : href(q, with(filters, f, v.value()), sort, 1),
                        active));
            }
            out.add(new FacetGroup(f.dim(), links));
        }
        return out;
    }

    private static HitView hit(SearchResult.Hit h) {
        return new HitView(h.id(), h.dtg() == null ? "" : DTG.format(h.dtg()), h.origin(), h.classification(),
                Levels.css(h.classification()), h.subject(), fragments(h.snippet()));
    }

    static List<Fragment> fragments(Snippet s) {
        if (s == null) return List.of();
        List<Fragment> out = new ArrayList<>();
        int at = 0;
        String t = s.text();
        for (Snippet.Range r : s.highlights()) {
            int start = Math.max(at, Math.min(r.start(), t.length()));
            int end = Math.max(start, Math.min(r.end(), t.length()));
            if (start > at) out.add(new Fragment(t.substring(at, start), false));
            if (end > start) out.add(new Fragment(t.substring(start, end), true));
            at = end;
        }
        if (at < t.length()) out.add(new Fragment(t.substring(at), false));
        return out;
    }

    static String trimmed(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t.length() > 1000 ? t.substring(0, 1000) : t;
    }

    private static int intParam(String s) {
        if (s == null) return 1;
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
