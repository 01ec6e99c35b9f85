package org.chancery.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.archive.CableNotFoundException;
import org.chancery.archive.declass.Declassified;
import org.chancery.archive.declass.Declassifier;
import org.chancery.archive.declass.ReviewDecision;
import org.chancery.archive.declass.ReviewItem;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Problems;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Auth;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static org.chancery.server.ChanceryServer.API;

/**
 * {@code /declassification/review}: the review queue and a reviewer's decision (declassify, declassify in part,
 * extend), for DECLASSIFICATION_REVIEWER, as {@code chancery declassify review list|decide --as USER}. The queue
 * lists only cables that exist for the reviewer; deciding needs the whole cable readable (a reviewer judges what
 * they have read), and a cable that does not exist for them is the same 404 as a missing one. Decisions are
 * recorded in the audit log under the reviewer's id by the archive's {@link Declassifier}.
 */
public final class DeclassificationResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerContext context;
    /** Existence checks for the list, which are not reads: the same decisions as the gate, nothing recorded. */
    private final SecureArchive exists;

    public DeclassificationResource(ServerContext context) {
        this.context = context;
        this.exists = new SecureArchive(context.archive(), context.gate().policy(), SecureArchive.NO_AUDIT);
    }

    @Override
    public void routes(RouteTable t) {
        Access reviewer = Access.role(Role.DECLASSIFICATION_REVIEWER);
        t.add(HandlerType.GET, API + "/declassification/review", "declassification", "The review queue (pending and "
                + "extended items; every item with all=true), oldest 25-year date first", reviewer, this::list)
                .query("all", "boolean", false, "include items already declassified");
        t.add(HandlerType.POST, API + "/declassification/review/{id}", "declassification", "Decide a cable of the "
                + "review queue", reviewer, this::decide)
                .path("id", "the cable id")
                .field("decision", "string", true, "declassify, partial or extend")
                .field("paragraphs", "array", false, "partial: the paragraph numbers that stay classified")
                .field("subject", "boolean", false, "partial: the subject stays classified too")
                .field("until", "string", false, "extend: the new declassification date, YYYY-MM-DD")
                .field("reason", "string", false, "extend: why");
    }

    private Declassifier declassifier(Principal me) {
        return new Declassifier(context.archive(), me.id(), context.clock());
    }

    private void list(Context ctx) {
        Principal me = Auth.principal(ctx);
        boolean all = switch (Optional.ofNullable(Params.query(ctx, "all")).orElse("false")) {
            case "true" -> true;
            case "false", "" -> false;
            default -> throw ApiException.badParameter("all", "true or false");
        };
        ArrayNode items = JSON.createArrayNode();
        for (ReviewItem i : queue(me, all)) items.add(json(i));
        ctx.json(JSON.createObjectNode().set("items", items));
    }

    /**
     * The review queue as {@code me} may see it: only the items whose cable exists for them (checked without being
     * recorded as reads). The API and the review page both list it here.
     */
    public List<ReviewItem> queue(Principal me, boolean all) {
        Viewer v = Viewer.as(me);
        List<ReviewItem> items = new ArrayList<>();
        for (ReviewItem i : declassifier(me).queue(all)) {
            try {
                exists.cable(v, i.cableId(), null);
            } catch (CableNotFoundException e) {
                continue;
            }
            items.add(i);
        }
        return items;
    }

    private void decide(Context ctx) {
        Principal me = Auth.principal(ctx);
        String id = Params.path(ctx, "id");
        ObjectNode body = Params.body(ctx);
        ReviewDecision decision = decision(body);
        JsonNode v = body.get("version");
        if (v != null && !v.isNull() && (!v.isIntegralNumber() || v.intValue() < 1)) {
            throw ApiException.badParameter("version", "a version number from 1, not " + v);
        }
        Optional<Declassified> done = decide(me, id, v == null || v.isNull() ? null : v.intValue(), decision);
        ObjectNode out = JSON.createObjectNode();
        out.put("id", id);
        if (done.isPresent()) {
            out.put("outcome", "declassified");
            out.put("banner", done.get().banner());
            out.put("on", done.get().on().toString());
            ArrayNode exempt = out.putArray("exemptParagraphs");
            done.get().exemptParagraphs().forEach(exempt::add);
            out.put("subjectExempt", done.get().subjectExempt());
        } else {
            ReviewDecision.Extend e = (ReviewDecision.Extend) decision;
            out.put("outcome", "extended");
            out.put("until", e.until().toString());
            out.put("reason", e.reason());
        }
        ctx.json(out);
    }

    /**
     * A reviewer's decision on a cable of the queue, dated today (UTC): the declassification, or empty for an
     * extension. The API and the review page both decide here. Throws the {@link ApiException} the API answers:
     * 404 (missing, not for the reviewer — as {@link CableNotFoundException} — or not in the queue), 403
     * {@code partly-withheld}, 409 already declassified, 400 a paragraph the cable lacks or a date not after today.
     */
    public Optional<Declassified> decide(Principal me, String id, ReviewDecision decision) {
        return decide(me, id, null, decision);
    }

    /**
     * The same for the version the reviewer read ({@code version}, or null for the one under review): a decision
     * on a version that is no longer the one under review (a correction arrived) is refused with 400.
     */
    public Optional<Declassified> decide(Principal me, String id, Integer version, ReviewDecision decision) {
        // a read through the gate (recorded): missing and not-for-you answer alike; a partial view cannot be judged
        if (!context.gate().cable(Viewer.as(me), id, null).complete()) throw ApiException.partlyWithheld(id);
        Declassifier d = declassifier(me);
        // the item of the cable's current version: an older version's decided item does not stand for it
        ReviewItem item = d.item(id).orElseThrow(() -> ApiException.notFound(id + " is not in the review queue"));
        if (item.state() == ReviewItem.State.DECLASSIFIED) throw ApiException.conflict(id + " has already been declassified");
        if (!item.open()) throw ApiException.notFound(id + " is not in the review queue");
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        try {
            return d.decide(id, version, decision, today);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }

    /** The decision of a request body (the page hands its form over in the same shape). */
    public static ReviewDecision decision(ObjectNode b) {
        String kind = Params.text(b, "decision", true).strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "declassify" -> new ReviewDecision.Declassify();
            case "partial" -> {
                Set<Integer> paragraphs = new LinkedHashSet<>();
                JsonNode list = b.get("paragraphs");
                if (list != null && !list.isNull()) {
                    if (!list.isArray()) throw ApiException.badParameter("paragraphs", "an array of paragraph numbers");
                    for (JsonNode n : list) {
                        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.intValue() < 1) {
                            throw ApiException.badParameter("paragraphs", "paragraph numbers from 1, not " + n);
                        }
                        paragraphs.add(n.intValue());
                    }
                }
                boolean subject = Params.bool(b, "subject", false);
                if (paragraphs.isEmpty() && !subject) {
                    throw ApiException.badParameter("paragraphs", "a partial declassification exempts at least one "
                            + "paragraph (or the subject)");
                }
                yield new ReviewDecision.Partial(paragraphs, subject);
            }
            case "extend" -> {
                String until = Params.text(b, "until", true);
                String reason = Params.text(b, "reason", true);
                try {
                    yield new ReviewDecision.Extend(LocalDate.parse(until.strip()), reason.strip());
                } catch (DateTimeParseException e) {
                    throw ApiException.badParameter("until", "a date YYYY-MM-DD, not " + Problems.quote(until));
                }
            }
            default -> throw ApiException.badParameter("decision", "declassify, partial or extend, not " + Problems.quote(kind));
        };
    }

    private static ObjectNode json(ReviewItem i) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", i.cableId());
        n.put("version", i.version());
        n.put("rule", i.rule().name());
        n.put("instruction", i.instruction());
        n.put("queuedOn", s(i.queuedOn()));
        n.put("twentyFiveYears", s(i.twentyFive()));
        n.put("state", i.state().name());
        n.put("extendedTo", s(i.extendedTo()));
        n.put("reason", i.reason());
        n.put("decidedBy", i.decidedBy());
        n.put("note", i.note());
        return n;
    }

    private static String s(Object o) {
        return o == null ? null : o.toString();
    }
}
