package org.chancery.server.web;

import org.chancery.archive.secure.Viewer;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.chancery.archive.CableNotFoundException;
import org.chancery.cable.Diagnostic;
import org.chancery.security.Principal;
import org.chancery.security.RedactedCable;
import org.chancery.security.Role;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.draft.WorkflowException;
import org.chancery.switching.network.Station;
import org.chancery.switching.release.DraftLint;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drafting: {@code /drafts} (the drafts one takes part in), {@code /drafts/new}, {@code /drafts/{id}}, live lint
 * ({@code POST /drafts/lint}, htmx, on every change of the form) and the workflow steps
 * ({@code POST /drafts/{id}/edit|submit|clear|return|release}). The switch's workflow enforces who may do what;
 * its refusal is shown on the page. A released draft shows its cable as the gate shows it to the reader, in its
 * ACP 127 form, with the exact transmitted text one click away.
 */
public final class DraftPages {

    public static final List<String> LEVELS = List.of("UNCLASSIFIED", "SBU", "CONFIDENTIAL", "SECRET", "TOP SECRET");
    public static final List<String> PRECEDENCES = List.of("ROUTINE", "PRIORITY", "IMMEDIATE", "NIACT IMMEDIATE", "FLASH");

    /** The form's fields as text, as the user typed them. */
    public record Form(String originator, String classification, String precedence, String to, String info,
                       String captions, String tags, String subject, String references, String paragraphs,
                       String classifiedBy, String executiveOrder, String declassify, String clearers,
                       String signature) {

        static Form empty(List<Station> posts) {
            return new Form(posts.isEmpty() ? "" : posts.get(0).plad(), "UNCLASSIFIED", "ROUTINE", "", "", "", "", "",
                    "", "", "", "", "", "", "");
        }

        static Form of(DraftContent c) {
            return new Form(n(c.originator()), n(c.classification()), n(c.precedence()), addressees(c.to()),
                    addressees(c.info()), String.join(", ", c.captions()), String.join(", ", c.tags()), n(c.subject()),
                    String.join("\n", c.references()), String.join("\n\n", c.paragraphs()), n(c.classifiedBy()),
                    n(c.executiveOrder()), n(c.declassify()), String.join(", ", c.clearers()), n(c.signature()));
        }

        static Form of(Context ctx) {
            return new Form(f(ctx, "originator"), f(ctx, "classification"), f(ctx, "precedence"), f(ctx, "to"),
                    f(ctx, "info"), f(ctx, "captions"), f(ctx, "tags"), f(ctx, "subject"), f(ctx, "references"),
                    f(ctx, "paragraphs"), f(ctx, "classifiedBy"), f(ctx, "executiveOrder"), f(ctx, "declassify"),
                    f(ctx, "clearers"), f(ctx, "signature"));
        }

        DraftContent content() {
            return new DraftContent(blank(originator), null, list(clearers, ","), blank(classification),
                    blank(precedence), addresseeList(to), addresseeList(info), List.of(), list(captions, ","), List.of(),
                    blank(executiveOrder), blank(declassify), list(tags, ","), blank(subject), list(references, "\n"),
                    blank(classifiedBy), paragraphList(paragraphs), blank(signature));
        }

        private static String f(Context ctx, String name) {
            String v = ctx.formParam(name);
            if (v == null) return "";
            return v.length() > 20_000 ? v.substring(0, 20_000) : v.replace("\r\n", "\n");
        }

        private static String n(String s) {
            return s == null ? "" : s;
        }

        private static String blank(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }

        private static List<String> list(String s, String separator) {
            List<String> out = new ArrayList<>();
            if (s == null) return out;
            for (String x : s.split(separator)) if (!x.isBlank()) out.add(x.strip());
            return out;
        }

        /** Paragraphs are separated by blank lines; lines within one are joined. */
        private static List<String> paragraphList(String s) {
            List<String> out = new ArrayList<>();
            if (s == null) return out;
            for (String p : s.split("\n\\s*\n")) {
                String joined = String.join(" ", p.strip().split("\\s*\n\\s*"));
                if (!joined.isBlank()) out.add(joined);
            }
            return out;
        }

        /** One addressee a line; an optional precedence after a slash: {@code SECSTATE WASHDC / IMMEDIATE}. */
        private static List<Addressee> addresseeList(String s) {
            List<Addressee> out = new ArrayList<>();
            for (String line : list(s, "\n")) {
                int slash = line.lastIndexOf('/');
                String word = slash < 0 ? "" : line.substring(slash + 1).strip().toUpperCase(Locale.ROOT);
                if (slash > 0 && PRECEDENCES.contains(word)) out.add(new Addressee(line.substring(0, slash).strip(), word));
                else out.add(Addressee.of(line));
            }
            return out;
        }

        private static String addressees(List<Addressee> list) {
            List<String> lines = new ArrayList<>();
            for (Addressee a : list) lines.add(a.precedence() == null ? a.address() : a.address() + " / " + a.precedence());
            return String.join("\n", lines);
        }
    }

    public record Finding(String severity, String rule, int line, int column, String message) {
        static Finding of(Diagnostic d) {
            return new Finding(d.severity().name().toLowerCase(Locale.ROOT), d.rule(), d.line(), d.column(), d.message());
        }
    }

    public record LintView(List<Finding> findings) {
        public long errors() {
            return findings.stream().filter(f -> f.severity().equals("error")).count();
        }

        public long warnings() {
            return findings.size() - errors();
        }
    }

    public record DraftRow(long id, String state, String subject, String drafter, String classification, String cableId) {
    }

    public record DraftsPage(Chrome chrome, List<DraftRow> drafts, boolean canDraft, String notice) {
    }

    /** The draft page: a new draft ({@code draft} null) or an existing one, with what this user may do to it. */
    public record DraftPage(Chrome chrome, Draft draft, Form form, List<Station> posts, LintView lint, String error,
                            boolean editable, boolean canSubmit, boolean canClear, boolean canRelease,
                            CableText released, String releasedBanner, String releasedBannerCss) {
        public String action() {
            return draft == null ? "/drafts" : "/drafts/" + draft.id() + "/edit";
        }

        public String state() {
            return draft == null ? "NEW" : draft.state().name();
        }
    }

    private final WebContext web;

    DraftPages(WebContext web) {
        this.web = web;
    }

    void register(Javalin app) {
        app.get("/drafts", this::list);
        app.get("/drafts/new", this::create);
        app.post("/drafts", this::save);
        app.post("/drafts/lint", this::lint);
        app.get("/drafts/{id}", this::show);
        app.post("/drafts/{id}/edit", ctx -> step(ctx, (id, me) -> web.switching().workflow().edit(id, Form.of(ctx).content(), me.id())));
        app.post("/drafts/{id}/submit", ctx -> step(ctx, (id, me) -> web.switching().workflow().submit(id, me.id())));
        app.post("/drafts/{id}/clear", ctx -> step(ctx, (id, me) -> web.switching().workflow().clear(id, me.id(), comment(ctx))));
        app.post("/drafts/{id}/return", ctx -> step(ctx, (id, me) -> web.switching().workflow().returnToDrafter(id, me.id(), comment(ctx))));
        app.post("/drafts/{id}/release", ctx -> step(ctx, (id, me) -> web.switching().workflow().release(id, me.id())));
    }

    private static String comment(Context ctx) {
        String c = ctx.formParam("comment");
        return c == null || c.isBlank() ? null : c.strip();
    }

    private void list(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        List<DraftRow> rows = new ArrayList<>();
        for (Draft d : web.switching().workflow().drafts(me)) {
            rows.add(new DraftRow(d.id(), d.state().name(), d.content().subject(), d.content().drafter(),
                    d.content().classification(), d.cableId()));
        }
        web.templates().render(ctx, "drafts.jte", new DraftsPage(Chrome.of(ctx, web, "Drafts", "drafts"), rows,
                me.hasRole(Role.DRAFTER), null));
    }

    private void create(Context ctx) {
        Principal me = WebApp.requireRole(ctx, web, Role.DRAFTER);
        if (me == null) return;
        List<Station> posts = web.switching().network().posts(me);
        Form form = Form.empty(posts);
        render(ctx, 200, me, null, form, lint(form.content()), null);
    }

    private void save(Context ctx) {
        Principal me = WebApp.requireRole(ctx, web, Role.DRAFTER);
        if (me == null) return;
        Form form = Form.of(ctx);
        try {
            Draft d = web.switching().workflow().create(form.content(), me.id());
            ctx.redirect("/drafts/" + d.id(), HttpStatus.SEE_OTHER);
        } catch (WorkflowException e) {
            render(ctx, 422, me, null, form, lint(form.content()), e.getMessage());
        }
    }

    private void lint(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        web.templates().render(ctx, "lint.jte", lint(Form.of(ctx).content()));
    }

    private LintView lint(DraftContent c) {
        ZonedDateTime now = ZonedDateTime.ofInstant(web.server().clock().instant(), ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.MINUTES);
        try {
            return new LintView(DraftLint.lint(c, web.switching().network(), now).findings().stream().map(Finding::of).toList());
        } catch (RuntimeException e) {
            return new LintView(List.of(new Finding("error", "draft", 0, 0, String.valueOf(e.getMessage()))));
        }
    }

    private Optional<Draft> draft(Context ctx, Principal me) {
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            id = -1;
        }
        Optional<Draft> d = web.switching().workflow().draft(id).filter(x -> web.switching().workflow().participant(me, x));
        if (d.isEmpty()) WebApp.error(ctx, web, 404, "Not found", "There is no draft " + ctx.pathParam("id") + ".");
        return d;
    }

    private void show(Context ctx) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        Optional<Draft> d = draft(ctx, me);
        if (d.isEmpty()) return;
        render(ctx, 200, me, d.get(), Form.of(d.get().content()), lint(d.get().content()), null);
    }

    private interface Step {
        Object run(long id, Principal me);
    }

    private void step(Context ctx, Step step) {
        Principal me = WebApp.requireUser(ctx);
        if (me == null) return;
        Optional<Draft> d = draft(ctx, me);
        if (d.isEmpty()) return;
        try {
            step.run(d.get().id(), me);
            ctx.redirect("/drafts/" + d.get().id(), HttpStatus.SEE_OTHER);
        } catch (WorkflowException e) {
            Draft now = web.switching().workflow().draft(d.get().id()).orElse(d.get());
            Form form = ctx.path().endsWith("/edit") ? Form.of(ctx) : Form.of(now.content());
            render(ctx, 422, me, now, form, lint(form.content()), e.getMessage());
        }
    }

    private void render(Context ctx, int status, Principal me, Draft d, Form form, LintView lint, String error) {
        List<Station> posts = web.switching().network().posts(me);
        boolean drafter = d == null || me.id().equals(d.content().drafter());
        boolean editable = d == null ? me.hasRole(Role.DRAFTER) : drafter && d.state() == DraftState.DRAFT;
        boolean canSubmit = d != null && drafter && d.state() == DraftState.DRAFT;
        boolean canClear = d != null && d.state() == DraftState.SUBMITTED && d.awaitingClearance().contains(me.id());
        boolean canRelease = d != null && d.state() == DraftState.CLEARED && me.hasRole(Role.RELEASING_OFFICER);
        CableText released = null;
        String banner = null;
        String bannerCss = null;
        if (d != null && d.cableId() != null) {
            try {
                RedactedCable r = web.server().gate().cable(Viewer.as(me), d.cableId(), null).redacted();
                released = CableText.of(r);
                banner = r.banner().toString();
                bannerCss = Levels.css(r.banner().level());
            } catch (CableNotFoundException e) {
                // not archived yet, or not for this reader: the page says so
            }
        }
        String title = d == null ? "New draft" : "Draft " + d.id();
        web.templates().render(ctx, status, "draft.jte", new DraftPage(Chrome.of(ctx, web, title, "drafts"), d, form,
                posts, lint, error, editable, canSubmit, canClear, canRelease, released, banner, bannerCss));
    }
}
