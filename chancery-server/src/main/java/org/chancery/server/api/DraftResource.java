package org.chancery.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.cable.Diagnostic;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Problems;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.auth.Auth;
import org.chancery.server.ServerContext;
import org.chancery.switching.draft.Clearance;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.Release;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.chancery.server.ChanceryServer.API;

/**
 * {@code /drafts}: create a draft from the JSON draft format of the command line ({@code examples/drafts/*.json},
 * the fields of {@link DraftContent}), read, edit, lint, and the workflow steps submit, clear, return and release.
 * The switch's {@code DraftWorkflow} decides every step; its refusal is a problem document with its reason: 403
 * when the caller is not the one the step is for (not the drafter, not a required clearer, not a releasing officer
 * of the post cleared to the level), 409 when the draft is not in a state for it (or lint errors block it). A draft
 * exists only for its participants ({@link DraftWorkflow#participant}, the pages' rule): for anyone else it is the
 * same 404 as a missing one.
 */
public final class DraftResource implements Resource {

    /** The command line's reading of a draft file: unknown fields are an error, not silently dropped. */
    private static final ObjectMapper DRAFTS = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Step { EDIT, SUBMIT, CLEAR, RETURN, RELEASE }

    private final DraftWorkflow workflow;

    public DraftResource(ServerContext c) {
        this.workflow = c.switching().workflow();
    }

    @Override
    public void routes(RouteTable t) {
        String content = "the draft in the JSON draft format of the command line (examples/drafts/*.json): "
                + "originator, clearers, classification, precedence, to, info, exclude, captions, passing, "
                + "executiveOrder, declassify, tags, subject, references, classifiedBy, paragraphs, signature";
        t.add(HandlerType.POST, API + "/drafts", "drafts", "Create a draft (the caller is its drafter); " + content,
                Access.role(Role.DRAFTER), this::create)
                .field("originator", "string", false, "the originating post's plain language address")
                .field("classification", "string", false, "UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP SECRET")
                .field("to", "array", false, "action addressees: {\"address\", \"precedence\"}")
                .field("paragraphs", "array", false, "the paragraphs, each with its portion mark");
        t.add(HandlerType.GET, API + "/drafts/{id}", "drafts", "A draft (its participants only)", Access.USER, this::show)
                .path("id", "the draft number");
        t.add(HandlerType.PUT, API + "/drafts/{id}", "drafts", "Replace a draft's content (its drafter, in DRAFT state); "
                        + content, Access.USER, ctx -> step(ctx, Step.EDIT, (d, me) -> workflow.edit(d.id(), content(ctx), me.id())))
                .path("id", "the draft number")
                .field("originator", "string", false, "the originating post's plain language address")
                .field("paragraphs", "array", false, "the paragraphs, each with its portion mark");
        t.add(HandlerType.POST, API + "/drafts/{id}/lint", "drafts", "Lint a draft again: the cable as it would be "
                + "released", Access.USER, this::lint)
                .path("id", "the draft number");
        t.add(HandlerType.POST, API + "/drafts/{id}/submit", "drafts", "Submit a draft for clearance (its drafter; lint "
                + "errors block it)", Access.USER, ctx -> step(ctx, Step.SUBMIT, (d, me) -> workflow.submit(d.id(), me.id())))
                .path("id", "the draft number");
        t.add(HandlerType.POST, API + "/drafts/{id}/clear", "drafts", "Clear the current revision (a required clearer)",
                Access.USER, ctx -> step(ctx, Step.CLEAR, (d, me) -> workflow.clear(d.id(), me.id(), comment(ctx, false))))
                .path("id", "the draft number")
                .field("comment", "string", false, "a comment");
        t.add(HandlerType.POST, API + "/drafts/{id}/return", "drafts", "Return a draft to its drafter (a required "
                        + "clearer, or a releasing officer once cleared)", Access.USER,
                ctx -> step(ctx, Step.RETURN, (d, me) -> workflow.returnToDrafter(d.id(), me.id(), comment(ctx, true))))
                .path("id", "the draft number")
                .field("comment", "string", true, "why it is returned");
        t.add(HandlerType.POST, API + "/drafts/{id}/release", "drafts", "Release a cleared draft (a releasing officer "
                + "of the post, cleared to its level, not its drafter)", Access.USER, this::release)
                .path("id", "the draft number");
    }

    private void create(Context ctx) {
        Principal me = Auth.principal(ctx);
        DraftContent c = content(ctx);
        Draft d;
        try {
            d = workflow.create(c, me.id());
        } catch (WorkflowException e) {
            // creating has no state to conflict with: every refusal is about who is drafting for which post
            throw ApiException.forbidden(e.getMessage());
        }
        ctx.status(201).header("Location", API + "/drafts/" + d.id()).json(json(d));
    }

    private void show(Context ctx) {
        ctx.json(json(visible(ctx, Auth.principal(ctx))));
    }

    private void lint(Context ctx) {
        Draft d = visible(ctx, Auth.principal(ctx));
        List<Diagnostic> findings = guarded(() -> workflow.lint(d.id()));
        ObjectNode out = JSON.createObjectNode();
        out.put("id", d.id());
        findings(out.putArray("findings"), findings);
        out.put("errors", findings.stream().filter(f -> f.severity() == org.chancery.cable.Severity.ERROR).count());
        ctx.json(out);
    }

    private void release(Context ctx) {
        Principal me = Auth.principal(ctx);
        Draft before = visible(ctx, me);
        Release r = refusal(Step.RELEASE, before, me, () -> workflow.release(before.id(), me.id()));
        ObjectNode out = json(workflow.draft(before.id()).orElseThrow());
        ObjectNode rel = out.putObject("release");
        rel.put("cableId", r.cableId());
        rel.put("mrn", r.mrn());
        rel.put("dtg", r.dtg().toString());
        rel.put("classification", r.classification().word());
        rel.put("transmissions", r.transmissions().size());
        ArrayNode reports = rel.putArray("nonDelivery");
        r.reports().forEach(x -> reports.add(x.toString()));
        ctx.json(out);
    }

    private interface Action {
        Draft run(Draft before, Principal me);
    }

    private void step(Context ctx, Step step, Action action) {
        Principal me = Auth.principal(ctx);
        Draft before = visible(ctx, me);
        ctx.json(json(refusal(step, before, me, () -> action.run(before, me))));
    }

    /** Runs a workflow step; its refusal becomes 409 or 403 (see the class comment) with the workflow's reason. */
    private <T> T refusal(Step step, Draft before, Principal me, Supplier<T> run) {
        try {
            return guarded(run);
        } catch (WorkflowException e) {
            int status = !stateAllows(step, before.state()) ? 409 : isParty(step, before, me) ? 409 : 403;
            throw status == 403 ? ApiException.forbidden(e.getMessage()) : ApiException.conflict(e.getMessage());
        }
    }

    /**
     * A step on content the workflow cannot take (a draft the lint cannot make sense of) is the client's input:
     * a 400 with what went wrong, never a 500.
     */
    private static <T> T guarded(Supplier<T> run) {
        try {
            return run.get();
        } catch (WorkflowException | ApiException e) {
            throw e;
        } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
            throw ApiException.badRequest("the draft cannot be processed: " + e.getMessage());
        }
    }

    private static boolean stateAllows(Step step, DraftState s) {
        return switch (step) {
            case EDIT, SUBMIT -> s == DraftState.DRAFT;
            case CLEAR -> s == DraftState.SUBMITTED;
            case RETURN -> s == DraftState.SUBMITTED || s == DraftState.CLEARED;
            case RELEASE -> s == DraftState.CLEARED;
        };
    }

    /** Whether the caller is the one the step is for, whatever else may stand in the way. */
    private boolean isParty(Step step, Draft d, Principal me) {
        boolean clearer = d.content().clearers().contains(me.id()) && me.hasRole(Role.CLEARER);
        return switch (step) {
            case EDIT, SUBMIT -> me.id().equals(d.content().drafter());
            case CLEAR -> clearer;
            case RETURN -> d.state() == DraftState.CLEARED
                    ? me.hasRole(Role.RELEASING_OFFICER) || d.content().clearers().contains(me.id()) : clearer;
            case RELEASE -> workflow.releaseRefusal(me, d).isEmpty();
        };
    }

    /** The draft of the path, when the caller takes part in it; otherwise the same 404 as a missing one. */
    private Draft visible(Context ctx, Principal me) {
        String raw = Params.path(ctx, "id");
        long id;
        try {
            id = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("id", "a draft number, not " + Problems.quote(raw));
        }
        return workflow.draft(id).filter(d -> workflow.participant(me, d))
                .orElseThrow(() -> ApiException.notFound("no draft " + id));
    }

    private static DraftContent content(Context ctx) {
        ObjectNode body = Params.body(ctx);
        try {
            return DRAFTS.treeToValue(body, DraftContent.class);
        } catch (JsonProcessingException e) {
            throw ApiException.badRequest("not a draft: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("not a draft: " + e.getMessage());
        }
    }

    /** The {@code comment} of an optional JSON body; required for a return (the workflow asks why). */
    private static String comment(Context ctx, boolean required) {
        if (Params.bodyBytes(ctx).length == 0) {
            if (required) throw ApiException.badParameter("comment", "required: say why the draft is returned");
            return null;
        }
        String c = Params.text(Params.body(ctx), "comment", required);
        return c == null || c.isBlank() ? null : c.strip();
    }

    static ObjectNode json(Draft d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id());
        n.put("state", d.state().name());
        n.put("revision", d.revision());
        n.put("cableId", d.cableId());
        n.put("created", d.created() == null ? null : d.created().toString());
        n.put("updated", d.updated() == null ? null : d.updated().toString());
        n.set("content", DRAFTS.valueToTree(d.content()));
        ArrayNode awaiting = n.putArray("awaitingClearance");
        d.awaitingClearance().forEach(awaiting::add);
        ArrayNode clearances = n.putArray("clearances");
        for (Clearance c : d.clearances()) {
            ObjectNode x = clearances.addObject();
            x.put("clearer", c.clearer());
            x.put("revision", c.revision());
            x.put("cleared", c.cleared());
            x.put("comment", c.comment());
            x.put("at", c.at() == null ? null : c.at().toString());
        }
        findings(n.putArray("findings"), d.findings());
        return n;
    }

    private static void findings(ArrayNode out, List<Diagnostic> findings) {
        for (Diagnostic f : findings) {
            ObjectNode x = out.addObject();
            x.put("rule", f.rule());
            x.put("severity", f.severity().name().toLowerCase(Locale.ROOT));
            x.put("line", f.line());
            x.put("column", f.column());
            x.put("message", f.message());
        }
    }
}
