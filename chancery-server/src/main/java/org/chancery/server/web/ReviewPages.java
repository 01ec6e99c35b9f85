package org.chancery.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.ReviewDecision;
import org.chancery.archive.declass.ReviewItem;
import org.chancery.archive.secure.ShownCable;
import org.chancery.archive.secure.Viewer;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Telegram;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Role;
import org.chancery.server.ApiException;
import org.chancery.server.api.DeclassificationResource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /review} (the declassification review queue, {@code ?all=true} with the items already declassified) and
 * {@code POST /review/{id}} (a decision: declassify, declassify in part, extend), for DECLASSIFICATION_REVIEWER.
 * The queue and the decisions are the API's ({@link DeclassificationResource}): one piece of logic for both. Each
 * item is read through the gate (recorded, as the inbox's subjects are); an item the reviewer sees only in part has
 * no form (a reviewer judges what they read whole).
 */
public final class ReviewPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A paragraph that can stay classified in a partial declassification. */
    public record Para(int number, String mark) {
    }

    public record Row(ReviewItem item, String subject, String dtg, String origin, String levelCss, String level,
                      boolean complete, List<Para> paragraphs) {
        public String id() {
            return item.cableId();
        }

        /** Why the item is in review, in a word or two. */
        public String why() {
            return switch (item.rule()) {
                case EVENT -> "event";
                case OADR -> "OADR";
                case EXEMPTION -> "exemption";
                case UNPARSED -> "unparsed";
                case NO_DATE -> "no date";
                default -> item.rule().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            };
        }

        public String state() {
            return item.state().name().toLowerCase(Locale.ROOT);
        }

        public boolean open() {
            return complete && item.open();
        }

        /** A prefix for the form's element ids, unique on the page. */
        public String key() {
            return "d-" + item.cableId() + "-" + item.version();
        }
    }

    public record ReviewPage(Chrome chrome, boolean all, List<Row> rows, String notice, String error) {
        public String self() {
            return all ? "/review?all=true" : "/review";
        }
    }

    private final WebContext web;
    private final DeclassificationResource review;

    ReviewPages(WebContext web) {
        this.web = web;
        this.review = new DeclassificationResource(web.server());
    }

    void register(Javalin app) {
        app.get("/review", this::page);
        app.post("/review/{id}", this::decide);
    }

    private void page(Context ctx) {
        Principal me = WebApp.requireHidden(ctx, Role.DECLASSIFICATION_REVIEWER);
        if (me == null) return;
        render(ctx, me, 200, notice(ctx), null);
    }

    private void render(Context ctx, Principal me, int status, String notice, String error) {
        boolean all = "true".equals(ctx.queryParam("all")) || "true".equals(ctx.formParam("all"));
        List<Row> rows = new ArrayList<>();
        for (ReviewItem i : review.queue(me, all)) row(me, i).ifPresent(rows::add);
        web.templates().render(ctx, status, "review.jte", new ReviewPage(Chrome.of(ctx, web, "Declassification review",
                "review"), all, rows, notice, error));
    }

    private Optional<Row> row(Principal me, ReviewItem i) {
        ShownCable shown;
        try {
            // the version the item is about (with every item listed, an older one's item shows that version)
            shown = web.server().gate().cable(Viewer.as(me), i.cableId(), i.version());
        } catch (CableNotFoundException e) {
            return Optional.empty();
        }
        RedactedCable r = shown.redacted();
        Telegram t = r.cable().telegram();
        String subject = t == null || t.subject() == null ? i.cableId() : t.subject().text();
        List<Para> paragraphs = new ArrayList<>();
        if (t != null) {
            for (Block b : t.body()) {
                if (b instanceof Block.Paragraph p && p.number() != null) {
                    paragraphs.add(new Para(p.number(), p.marking() == null ? "" : p.marking().text()));
                }
            }
        }
        return Optional.of(new Row(i, subject, Dates.of(r.facts().dtg()),
                r.facts().origin() == null ? "" : r.facts().origin(), Levels.css(r.banner().level()),
                r.banner().toString(), shown.complete(), paragraphs));
    }

    private void decide(Context ctx) {
        Principal me = WebApp.requireHidden(ctx, Role.DECLASSIFICATION_REVIEWER);
        if (me == null) return;
        String id = ctx.pathParam("id");
        ReviewDecision decision;
        Optional<Declassified> done;
        try {
            decision = DeclassificationResource.decision(body(ctx));
            done = review.decide(me, id, version(ctx), decision);
        } catch (ApiException e) {
            render(ctx, me, e.status(), null, id + ": " + e.detail());
            return;
        } catch (CableNotFoundException e) {
            render(ctx, me, 404, null, "There is no cable " + id + " in the archive.");
            return;
        }
        String outcome = done.isEmpty() ? "extended"
                : done.get().exemptParagraphs().isEmpty() && !done.get().subjectExempt() ? "declassified" : "partial";
        boolean all = "true".equals(ctx.formParam("all"));
        ctx.redirect("/review?" + (all ? "all=true&" : "") + "decided=" + URLEncoder.encode(id, StandardCharsets.UTF_8)
                + "&outcome=" + outcome, HttpStatus.SEE_OTHER);
    }

    /** The version the reviewer read, from the form (absent: the one under review). */
    private static Integer version(Context ctx) {
        String v = ctx.formParam("version");
        if (v == null || v.isBlank()) return null;
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("version", "a version number, not " + v);
        }
    }

    /** The form, in the shape of the API's request body, so that one parser reads both. */
    private static ObjectNode body(Context ctx) {
        ObjectNode b = JSON.createObjectNode();
        String decision = ctx.formParam("decision");
        if (decision != null) b.put("decision", decision);
        ArrayNode paragraphs = b.putArray("paragraphs");
        for (String p : ctx.formParams("paragraphs")) {
            try {
                paragraphs.add(Integer.parseInt(p.strip()));
            } catch (NumberFormatException e) {
                paragraphs.add(p);
            }
        }
        b.put("subject", ctx.formParam("subject") != null);
        if (ctx.formParam("until") != null && !ctx.formParam("until").isBlank()) b.put("until", ctx.formParam("until"));
        if (ctx.formParam("reason") != null && !ctx.formParam("reason").isBlank()) b.put("reason", ctx.formParam("reason"));
        return b;
    }

    private static String notice(Context ctx) {
        String id = ctx.queryParam("decided");
        if (id == null) return null;
        return switch (String.valueOf(ctx.queryParam("outcome"))) {
            case "declassified" -> id + " is declassified.";
            case "partial" -> id + " is declassified in part.";
            case "extended" -> id + ": classification extended.";
            default -> null;
        };
    }
}
