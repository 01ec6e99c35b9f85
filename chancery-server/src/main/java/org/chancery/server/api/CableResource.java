package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.archive.CableReferences;
import org.chancery.archive.ResolvedReference;
import org.chancery.archive.ThreadNode;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.ShownCable;
import org.chancery.archive.secure.ShownVersion;
import org.chancery.cable.CableFacts;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.Withheld;
import org.chancery.server.Access;
import org.chancery.server.Params;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Auth;
import org.chancery.server.ApiException;

import java.nio.charset.StandardCharsets;

import static org.chancery.server.ChanceryServer.API;

/**
 * {@code /cables/{id}}: a cable as JSON, its original and canonical text, references and cited-by, versions,
 * diffs and thread — each as the caller may see it. A cable the caller may not see answers as a missing one.
 */
public final class CableResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final SecureArchive gate;

    public CableResource(ServerContext c) {
        this.gate = c.gate();
    }

    @Override
    public void routes(RouteTable t) {
        String base = API + "/cables/{id}";
        String idDoc = "the cable id, e.g. 09PRAGUE589";
        String versionDoc = "a version number (default: the current one)";
        t.add(HandlerType.GET, base, "cables", "A cable as JSON (redacted to what you may read)", Access.USER, this::show)
                .path("id", idDoc).query("version", "integer", false, versionDoc);
        t.add(HandlerType.GET, base + "/original", "cables", "The original text, byte for byte (only when you may "
                + "read all of it)", Access.USER, this::original)
                .path("id", idDoc).query("version", "integer", false, versionDoc).produces("text/plain");
        t.add(HandlerType.GET, base + "/canonical", "cables", "The canonical text (redacted)", Access.USER, this::canonical)
                .path("id", idDoc).query("version", "integer", false, versionDoc).produces("text/plain");
        t.add(HandlerType.GET, base + "/references", "cables", "The cable's references and the cables citing it",
                Access.USER, this::references).path("id", idDoc);
        t.add(HandlerType.GET, base + "/versions", "cables", "Every version of the cable", Access.USER, this::versions)
                .path("id", idDoc);
        t.add(HandlerType.GET, base + "/diff", "cables", "Unified diff of the canonical texts of two versions",
                Access.USER, this::diff)
                .path("id", idDoc)
                .query("from", "integer", true, "the older version")
                .query("to", "integer", true, "the newer version")
                .produces("text/plain");
        t.add(HandlerType.GET, base + "/thread", "cables", "The reference thread: cables it cites and that cite it, "
                + "breadth first", Access.USER, this::thread)
                .path("id", idDoc).query("depth", "integer", false, "how many steps (1-10, default 3)");
    }

    private static Integer version(Context ctx) {
        return Params.optionalInt(ctx, "version", 1, 1_000_000);
    }

    private void show(Context ctx) {
        String id = Params.path(ctx, "id");
        Integer version = version(ctx);
        ctx.json(json(gate.cable(Auth.viewer(ctx), id, version)));
    }

    private void original(Context ctx) {
        String id = Params.path(ctx, "id");
        byte[] source = gate.cable(Auth.viewer(ctx), id, version(ctx)).original();
        if (source == null) throw ApiException.partlyWithheld(id);
        ctx.contentType("text/plain; charset=utf-8").result(new String(source, StandardCharsets.UTF_8));
    }

    private void canonical(Context ctx) {
        String id = Params.path(ctx, "id");
        ctx.contentType("text/plain; charset=utf-8").result(canonical(gate.cable(Auth.viewer(ctx), id, version(ctx))));
    }

    private void references(Context ctx) {
        CableReferences r = gate.references(Auth.viewer(ctx), Params.path(ctx, "id"));
        ObjectNode n = JSON.createObjectNode();
        n.put("id", r.id());
        ArrayNode refs = n.putArray("references");
        for (ResolvedReference rr : r.references()) {
            ObjectNode o = refs.addObject();
            o.put("letter", rr.reference().letter());
            o.put("kind", rr.reference().kind() == null ? null : rr.reference().kind().name());
            o.put("citedId", rr.reference().citedId());
            o.put("text", rr.reference().text());
            o.put("inArchive", rr.present());
        }
        ArrayNode citedBy = n.putArray("citedBy");
        r.citedBy().forEach(citedBy::add);
        ctx.json(n);
    }

    private void versions(Context ctx) {
        String id = Params.path(ctx, "id");
        ArrayNode out = JSON.createArrayNode();
        for (ShownVersion v : gate.versions(Auth.viewer(ctx), id)) {
            ObjectNode o = out.addObject();
            o.put("version", v.version());
            o.put("complete", v.complete());
            o.put("sha256", v.sha256Hex());
            o.put("format", v.format());
            o.put("provenance", v.provenance());
            o.put("ingestedAt", v.ingestedAt() == null ? null : v.ingestedAt().toString());
        }
        ctx.json(JSON.createObjectNode().put("id", id).set("versions", out));
    }

    private void diff(Context ctx) {
        String id = Params.path(ctx, "id");
        int from = Params.toInt("from", Params.requiredQuery(ctx, "from"), 1, 1_000_000);
        int to = Params.toInt("to", Params.requiredQuery(ctx, "to"), 1, 1_000_000);
        ctx.contentType("text/plain; charset=utf-8").result(gate.diff(Auth.viewer(ctx), id, from, to));
    }

    private void thread(Context ctx) {
        String id = Params.path(ctx, "id");
        int depth = Params.intQuery(ctx, "depth", 3, 1, 10);
        ArrayNode out = JSON.createArrayNode();
        for (ThreadNode node : gate.thread(Auth.viewer(ctx), id, depth)) {
            out.addObject().put("id", node.id()).put("depth", node.depth()).put("parent", node.parent())
                    .put("relation", node.relation().name()).put("inArchive", node.present());
        }
        ctx.json(JSON.createObjectNode().put("id", id).set("thread", out));
    }

    /**
     * The canonical text of a cable as the viewer may see it (redacted), under its declassification banner when it
     * has been declassified — as {@code chancery show --format canonical} prints it.
     */
    public static String canonical(ShownCable shown) {
        String text = shown.redacted().cable() == null ? "" : CanonicalWriter.write(shown.redacted().cable());
        return shown.declassified() == null ? text : shown.declassified().banner() + "\n\n" + text;
    }

    /** The JSON of a cable as the viewer may see it, made from the redacted cable only. */
    static ObjectNode json(ShownCable shown) {
        var c = shown.redacted();
        String id = shown.id();
        ObjectNode n = JSON.createObjectNode();
        CableFacts f = c.facts();
        n.put("id", id);
        n.put("version", shown.version());
        n.put("versions", shown.versions());
        n.put("banner", c.banner().toString());
        declassification(n, shown.declassified());
        n.put("policy", c.policy().name());
        n.put("complete", c.isComplete());
        n.put("classification", f.classification() == null ? null : f.classification().word());
        ArrayNode caveats = n.putArray("caveats");
        f.caveats().forEach(caveats::add);
        n.put("dtg", f.dtg() == null ? null : f.dtg().toZonedDateTime().toInstant().toString());
        n.put("precedence", f.precedence() == null ? null : f.precedence().word());
        n.put("origin", f.origin());
        n.put("summary", f.summary());
        Telegram t = c.cable().telegram();
        if (t != null) {
            if (t.subject() != null) {
                n.put("subject", t.subject().text());
                n.put("subjectMark", t.subject().mark() == null ? null : t.subject().mark().text());
            }
            ArrayNode tags = n.putArray("tags");
            for (Tag tag : t.tags()) tags.add(tag.code());
            ArrayNode refs = n.putArray("references");
            for (Reference r : t.references()) refs.addObject().put("letter", r.letter()).put("id", r.id()).put("text", r.text());
            ArrayNode body = n.putArray("body");
            for (Block b : t.body()) {
                switch (b) {
                    case Block.Paragraph p -> body.addObject().put("type", "paragraph").put("number", p.number())
                            .put("mark", p.marking() == null ? null : p.marking().text()).put("text", p.text());
                    case Block.Text x -> body.addObject().put("type", "text").put("text", x.text());
                    case Block.PageMarker m -> body.addObject().put("type", "page").put("text", m.text());
                }
            }
        }
        ArrayNode withheld = n.putArray("withheld");
        for (Withheld w : c.withheld()) {
            withheld.addObject().put("part", w.part().name()).put("index", w.index()).put("mark", w.mark());
        }
        n.put("canonical", API + "/cables/" + id + "/canonical");
        if (c.isComplete()) n.put("original", API + "/cables/" + id + "/original");
        return n;
    }

    /** The declassification as {@code chancery show --format json} gives it; null when not declassified. */
    private static void declassification(ObjectNode n, Declassified d) {
        if (d == null) {
            n.putNull("declassification");
            return;
        }
        ObjectNode o = n.putObject("declassification");
        o.put("on", d.on().toString());
        o.put("authority", d.authority());
        o.put("basis", d.basis().name());
        o.put("partial", d.partial());
        ArrayNode exempt = o.putArray("exemptParagraphs");
        d.exemptParagraphs().forEach(exempt::add);
        o.put("subjectExempt", d.subjectExempt());
        o.put("versionDeclassified", d.version());
        o.put("banner", d.banner());
    }
}
