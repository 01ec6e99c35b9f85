package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
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
import org.chancery.server.web.InboxPages;
import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.SwitchSystem;
import org.chancery.switching.network.Station;
import org.chancery.switching.queue.QueueStatus;

import java.time.Duration;
import java.util.Optional;

import static org.chancery.server.ChanceryServer.API;

/**
 * {@code /inbox/{post}} (members of the post), its acknowledgments, and {@code /queue} (the switch's queue status,
 * administrators: there is no switch operator role). An inbox entry's subject is the one the gate shows the caller
 * (never the subject of the transmitted text, which may be withheld from them), as on the inbox page.
 */
public final class InboxResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerContext context;
    private final SwitchSystem switching;

    public InboxResource(ServerContext context) {
        this.context = context;
        this.switching = context.switching();
    }

    @Override
    public void routes(RouteTable t) {
        t.add(HandlerType.GET, API + "/inbox/{post}", "inbox", "The copies filed for a post, newest first (members "
                + "of the post)", Access.USER, this::inbox)
                .path("post", "post word or routing indicator: PRAGUE, RUEHPG");
        t.add(HandlerType.POST, API + "/inbox/{post}/{messageId}/ack", "inbox", "Acknowledge a copy (a duty officer "
                + "of the post; anyone of the post when it names none)", Access.USER, this::ack)
                .path("post", "post word or routing indicator")
                .path("messageId", "transmission id or cable id");
        t.add(HandlerType.GET, API + "/queue", "inbox", "Queue depth and oldest message per destination and precedence",
                Access.role(Role.ADMINISTRATOR), this::queue);
    }

    /** The post's station when the caller is a member; else the same 404 whether the post exists or not. */
    private Station post(Context ctx, Principal me) {
        String post = Params.path(ctx, "post");
        return switching.inboxOf(me, post).orElseThrow(() -> ApiException.notFound("no inbox " + Problems.quote(post)));
    }

    private void inbox(Context ctx) {
        Principal me = Auth.principal(ctx);
        Station s = post(ctx, me);
        ObjectNode out = JSON.createObjectNode();
        out.put("post", s.ri());
        out.put("plad", s.plad());
        ArrayNode entries = out.putArray("entries");
        for (InboxEntry e : switching.messages().inbox(s.ri(), InboxPages.LIMIT)) {
            Optional<String> subject = InboxPages.subject(context.gate(), me, e.cableId());
            ObjectNode n = entries.addObject();
            n.put("id", e.id());
            n.put("transmissionId", e.transmissionId());
            n.put("cableId", e.cableId());
            n.put("section", e.section());
            n.put("precedence", e.precedence().name());
            n.put("classification", e.classification().name());
            n.put("role", e.role().name());
            n.put("readable", subject.isPresent());
            n.put("subject", subject.orElse(null));
            n.put("originator", e.originator());
            ArrayNode dist = n.putArray("distribution");
            e.distribution().forEach(dist::add);
            n.put("requiresAck", e.requiresAck());
            n.put("awaitingAck", e.awaitingAck());
            n.put("releasedAt", String.valueOf(e.releasedAt()));
            n.put("deliveredAt", String.valueOf(e.deliveredAt()));
            n.put("ackedBy", e.ackedBy());
            n.put("ackedAt", e.ackedAt() == null ? null : e.ackedAt().toString());
            n.put("escalatedAt", e.escalatedAt() == null ? null : e.escalatedAt().toString());
        }
        ctx.json(out);
    }

    /** The switch's answer: 200 (acknowledged, or already), 404 (no such copy), 403 (not a duty officer). */
    private void ack(Context ctx) {
        Principal me = Auth.principal(ctx);
        Station s = post(ctx, me);
        String message = Params.path(ctx, "messageId");
        AckOutcome outcome = switching.ack(s.ri(), message, me.id());
        switch (outcome) {
            case NOT_FOUND -> throw ApiException.notFound("no message " + Problems.quote(message) + " in the inbox of " + s.ri());
            case NOT_DUTY_OFFICER -> throw ApiException.forbidden("only a duty officer of " + s.plad()
                    + " may acknowledge " + message);
            default -> ctx.json(JSON.createObjectNode().put("post", s.ri()).put("message", message)
                    .put("outcome", outcome.name()));
        }
    }

    private void queue(Context ctx) {
        ObjectNode out = JSON.createObjectNode();
        ArrayNode queues = out.putArray("queues");
        long total = 0;
        java.time.Instant now = context.clock().instant();
        for (QueueStatus q : switching.messages().queueStatus()) {
            ObjectNode n = queues.addObject();
            n.put("destination", q.destination());
            n.put("precedence", q.precedence().name());
            n.put("depth", q.depth());
            n.put("oldest", q.oldest() == null ? null : q.oldest().toString());
            if (q.oldest() != null) n.put("ageSeconds", Math.max(0, Duration.between(q.oldest(), now).toSeconds()));
            total += q.depth();
        }
        out.put("total", total);
        ctx.json(out);
    }
}
