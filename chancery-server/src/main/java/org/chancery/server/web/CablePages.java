package org.chancery.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ResolvedReference;
import org.chancery.security.Principal;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.ShownCable;
import org.chancery.archive.secure.ShownVersion;
import org.chancery.archive.secure.Viewer;
import org.chancery.server.api.CableResource;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The cable reader and what hangs off it, every page a permalink:
 * {@code /cables/{id}} (current version; {@code ?version=N} for another), {@code /cables/{id}/canonical} and
 * {@code /cables/{id}/original} (plain text), {@code /cables/{id}/versions}, {@code /cables/{id}/diff?from=1&to=2}
 * and {@code /cables/{id}/graph}. Everything comes from the reading gate: a cable the reader may not see is
 * "not found" exactly as a missing one.
 */
public final class CablePages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public record Ref(String letter, String text, String citedId, boolean present) {
        public String href() {
            return present ? "/cables/" + citedId : null;
        }
    }

    public record CablePage(Chrome chrome, String id, Integer version, String banner, String bannerCss,
                            CableText text, int withheld, boolean complete, List<Ref> references, List<String> citedBy,
                            int versions, String precedence, String dtg, String origin, String declassified) {
        public String base() {
            return "/cables/" + id;
        }

        public String versionQuery() {
            return version == null ? "" : "?version=" + version;
        }
    }

    public record VersionRow(int version, String ingested, String sha, String format) {
    }

    public record VersionsPage(Chrome chrome, String id, List<VersionRow> versions) {
    }

    /** A line of a unified diff and its class ({@code add}, {@code del}, {@code hunk}, {@code head}, or none). */
    public record DiffLine(String text, String css) {
    }

    public record DiffPage(Chrome chrome, String id, int from, int to, List<DiffLine> lines, int versions) {
    }

    public record GraphPage(Chrome chrome, String id, ThreadGraph graph, int depth) {
    }

    private final WebContext web;
    private final SecureArchive gate;

    CablePages(WebContext web) {
        this.web = web;
        this.gate = web.server().gate();
    }

    void register(Javalin app) {
        app.get("/cables/{id}", ctx -> guarded(ctx, this::reader));
        app.get("/cables/{id}/canonical", ctx -> guarded(ctx, this::canonical));
        app.get("/cables/{id}/original", ctx -> guarded(ctx, this::original));
        app.get("/cables/{id}/versions", ctx -> guarded(ctx, this::versions));
        app.get("/cables/{id}/diff", ctx -> guarded(ctx, this::diff));
        app.get("/cables/{id}/graph", ctx -> guarded(ctx, this::graph));
    }

    private interface Page {
        void show(Context ctx, Principal me, String id);
    }

    /** Login required; a missing and a forbidden cable are the same "not found" page. */
    private void guarded(Context ctx, Page page) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        String id = ctx.pathParam("id");
        try {
            page.show(ctx, me, id);
        } catch (CableNotFoundException e) {
            WebApp.error(ctx, web, 404, "Not found", "There is no cable " + id + " in the archive.");
        } catch (IllegalArgumentException e) {
            WebApp.error(ctx, web, 400, "Bad request", e.getMessage());
        }
    }

    private void reader(Context ctx, Principal me, String id) {
        Integer version = version(ctx.queryParam("version"));
        ShownCable shown = gate.cable(Viewer.as(me), id, version);
        var r = shown.redacted();
        CableReferences refs = gate.references(Viewer.as(me), id);
        List<Ref> references = new ArrayList<>();
        for (ResolvedReference x : refs.references()) {
            references.add(new Ref(x.reference().letter(), x.reference().text(), x.reference().citedId(), x.present()));
        }
        int versions = shown.versions();
        String banner = r.banner().toString();
        web.templates().render(ctx, "cable.jte", new CablePage(Chrome.of(ctx, web, id, "search"), id, version, banner,
                Levels.css(r.banner().level()), CableText.of(r), r.withheld().size(), r.isComplete(), references,
                refs.citedBy(), versions, r.facts().precedence() == null ? null : r.facts().precedence().word(),
                Dates.of(r.facts().dtg()), r.facts().origin(),
                shown.declassified() == null ? null : shown.declassified().banner()));
    }

    private void canonical(Context ctx, Principal me, String id) {
        ctx.contentType("text/plain; charset=utf-8")
                .result(CableResource.canonical(gate.cable(Viewer.as(me), id, version(ctx.queryParam("version")))));
    }

    private void original(Context ctx, Principal me, String id) {
        byte[] bytes = gate.cable(Viewer.as(me), id, version(ctx.queryParam("version"))).original();
        if (bytes != null) {
            ctx.contentType("text/plain; charset=utf-8").result(new String(bytes, StandardCharsets.UTF_8));
        } else {
            WebApp.error(ctx, web, 403, "Partly withheld", "Portions of " + id + " are withheld from you, so its "
                    + "original text cannot be shown. The canonical text (redacted) can: /cables/" + id + "/canonical.");
        }
    }

    private void versions(Context ctx, Principal me, String id) {
        List<VersionRow> rows = new ArrayList<>();
        for (ShownVersion v : gate.versions(Viewer.as(me), id)) {
            rows.add(new VersionRow(v.version(), v.ingestedAt() == null ? "" : WHEN.format(v.ingestedAt()),
                    v.sha256Hex() == null ? "(in part)" : v.sha256Hex().substring(0, 12),
                    v.format() == null ? "" : v.format()));
        }
        web.templates().render(ctx, "versions.jte", new VersionsPage(Chrome.of(ctx, web, id + " versions", "search"), id,
                rows));
    }

    private void diff(Context ctx, Principal me, String id) {
        int count = gate.versions(Viewer.as(me), id).size();
        Integer from = version(ctx.queryParam("from"));
        Integer to = version(ctx.queryParam("to"));
        int f = from == null ? Math.max(1, count - 1) : from;
        int t = to == null ? count : to;
        if (f < 1 || t < 1 || f > count || t > count) {
            WebApp.error(ctx, web, 400, "Bad request", id + " has versions 1 to " + count + ".");
            return;
        }
        List<DiffLine> lines = new ArrayList<>();
        for (String line : gate.diff(Viewer.as(me), id, f, t).split("\n")) {
            String css = line.startsWith("+++") || line.startsWith("---") ? "head" : line.startsWith("@@") ? "hunk"
                    : line.startsWith("+") ? "add" : line.startsWith("-") ? "del" : "";
            lines.add(new DiffLine(line, css));
        }
        web.templates().render(ctx, "diff.jte", new DiffPage(Chrome.of(ctx, web, id + " diff", "search"), id, f, t,
                lines, count));
    }

    private void graph(Context ctx, Principal me, String id) {
        Integer d = version(ctx.queryParam("depth"));
        int depth = d == null ? 2 : Math.max(1, Math.min(4, d));
        ThreadGraph graph = ThreadGraph.of(gate.thread(Viewer.as(me), id, depth));
        web.templates().render(ctx, "graph.jte", new GraphPage(Chrome.of(ctx, web, id + " thread", "search"), id, graph,
                depth));
    }

    private static Integer version(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            int v = Integer.parseInt(s.strip());
            if (v < 1 || v > 100_000) throw new IllegalArgumentException("a version is a number from 1");
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a version is a number from 1, not " + s.strip());
        }
    }
}
