package org.chancery.server.web;

import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.archive.CableNotFoundException;
import org.chancery.cable.model.Precedence;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.network.Station;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /inbox} (the user's first post), {@code /inbox/{post}} (by post word or routing indicator: PRAGUE, RUEHPG)
 * and {@code POST /inbox/{post}/ack}. Members of a post see its inbox. The subject of each copy is the one the gate
 * shows the reader (withheld when the reader may not read it, or not yet in the archive).
 */
public final class InboxPages {

    /** The newest copies an inbox shows (the page and the API). */
    public static final int LIMIT = 200;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    public record Row(InboxEntry entry, String subject, boolean readable, String delivered, String precedenceCss,
                      String levelCss) {
        public String href() {
            return "/cables/" + entry.cableId();
        }
    }

    public record InboxPage(Chrome chrome, Station post, List<Station> posts, List<Row> rows, String notice) {
        public String ackAction() {
            return "/inbox/" + post.ri() + "/ack";
        }

        public String self() {
            return "/inbox/" + post.ri();
        }
    }

    private final WebContext web;

    InboxPages(WebContext web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/inbox", this::first);
        app.get("/inbox/{post}", this::inbox);
        app.post("/inbox/{post}/ack", this::ack);
    }

    private void first(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        List<Station> posts = web.switching().network().posts(me);
        if (posts.isEmpty()) {
            WebApp.error(ctx, web, 404, "No inbox", "You are not a member of any post, so you have no inbox.");
            return;
        }
        ctx.redirect("/inbox/" + posts.get(0).ri());
    }

    private Optional<Station> post(Context ctx, Principal me) {
        Optional<Station> s = web.switching().inboxOf(me, ctx.pathParam("post"));
        if (s.isEmpty()) {
            WebApp.error(ctx, web, 404, "No such inbox", "You have no inbox " + ctx.pathParam("post") + ".");
            return Optional.empty();
        }
        return s;
    }

    private void inbox(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        Optional<Station> s = post(ctx, me);
        if (s.isEmpty()) return;
        List<Row> rows = web.switching().messages().inbox(s.get().ri(), LIMIT).stream().map(e -> row(me, e)).toList();
        web.templates().render(ctx, "inbox.jte", new InboxPage(Chrome.of(ctx, web, "Inbox " + s.get().plad(), "inbox"),
                s.get(), web.switching().network().posts(me), rows, notice(ctx.queryParam("ack"))));
    }

    private Row row(Principal me, InboxEntry e) {
        Optional<String> subject = subject(web.server().gate(), me, e.cableId());
        return new Row(e, subject.orElse("[not in the archive for you]"), subject.isPresent(),
                WHEN.format(e.deliveredAt()), precedenceCss(e.precedence()), Levels.css(e.classification()));
    }

    /**
     * The subject of an inbox copy as the gate shows it to the reader (the cable id when it has none); empty when
     * the cable is not in the archive for them. Never the subject of the transmitted text, which may be withheld.
     * The inbox page and the API both ask here.
     */
    public static Optional<String> subject(SecureArchive gate, Principal me, String cableId) {
        try {
            RedactedCable r = gate.cable(Viewer.as(me), cableId, null).redacted();
            return Optional.of(r.cable().telegram() == null || r.cable().telegram().subject() == null ? cableId
                    : r.cable().telegram().subject().text());
        } catch (CableNotFoundException x) {
            return Optional.empty();
        }
    }

    public static String precedenceCss(Precedence p) {
        return "prec-" + p.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private void ack(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        Optional<Station> s = post(ctx, me);
        if (s.isEmpty()) return;
        String message = ctx.formParam("message");
        AckOutcome outcome = message == null || message.isBlank() ? AckOutcome.NOT_FOUND
                : web.switching().ack(s.get().ri(), message.strip(), me.id());
        String back = LoginPages.safeNext(ctx.formParam("next"));
        if (back.equals("/search") && ctx.formParam("next") == null) back = "/inbox/" + s.get().ri();
        ctx.redirect(back + (back.contains("?") ? "&" : "?") + "ack=" + outcome.name().toLowerCase(Locale.ROOT),
                HttpStatus.SEE_OTHER);
    }

    private static String notice(String ack) {
        if (ack == null) return null;
        return switch (ack) {
            case "acknowledged" -> "Acknowledged.";
            case "already_acknowledged" -> "It was already acknowledged.";
            case "not_duty_officer" -> "Only a duty officer of the post may acknowledge this copy.";
            default -> "No such message in this inbox.";
        };
    }
}
