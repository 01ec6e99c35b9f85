package org.chancery.server.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.AuditVerification;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.ApiException;
import org.chancery.server.api.AuditResource;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /audit?user=&action=&target=&since=&until=&page=N[&verify=true]}: the audit log for AUDITOR, newest first,
 * {@value #PAGE_SIZE} records a page, and the verification of the hash chain on request. The filters, the query
 * (recorded as {@code audit-query}, as the API's) and the verification are the API's ({@link AuditResource}).
 */
public final class AuditPages {

    static final int PAGE_SIZE = 50;
    private static final List<String> FILTERS = List.of("user", "action", "target", "since", "until");

    /** The filter values as typed (for the form and the links); blank when absent. */
    public record Filters(String user, String action, String target, String since, String until) {
        /** The query string of these filters (without page and verify), for permalinks. */
        public String query() {
            StringBuilder q = new StringBuilder();
            String[] values = {user, action, target, since, until};
            for (int i = 0; i < values.length; i++) {
                if (values[i].isBlank()) continue;
                q.append(q.isEmpty() ? "" : "&").append(FILTERS.get(i)).append('=')
                        .append(URLEncoder.encode(values[i], StandardCharsets.UTF_8));
            }
            return q.toString();
        }

        public String href(int page) {
            String q = query();
            if (page > 1) q = q + (q.isEmpty() ? "" : "&") + "page=" + page;
            return "/audit" + (q.isEmpty() ? "" : "?" + q);
        }
    }

    public record Finding(long seq, String kind, String message) {
    }

    public record Verification(boolean intact, long records, long headSeq, String headHash, List<Finding> findings) {
    }

    public record AuditPage(Chrome chrome, Filters filters, List<AuditRecord> records, int total, int page, int pages,
                            Verification verification, String error) {
        public int first() {
            return total == 0 ? 0 : (page - 1) * PAGE_SIZE + 1;
        }

        public int last() {
            return Math.min(total, page * PAGE_SIZE);
        }
    }

    private final WebContext web;
    private final AuditResource audit;

    AuditPages(WebContext web) {
        this.web = web;
        this.audit = new AuditResource(web.server());
    }

    void register(Javalin app) {
        app.get("/audit", this::page);
    }

    private void page(Context ctx) {
        Principal me = WebApp.requireHidden(ctx, Role.AUDITOR);
        if (me == null) return;
        Filters f = new Filters(v(ctx, "user"), v(ctx, "action"), v(ctx, "target"), v(ctx, "since"), v(ctx, "until"));
        boolean verify = "true".equals(ctx.queryParam("verify"));
        if (FILTERS.stream().anyMatch(n -> ctx.queryParam(n) != null && ctx.queryParam(n).isBlank())) {
            // the form sends its empty fields too: the permalink names only the filters in use
            String href = f.href(1);
            ctx.redirect(verify ? href + (href.contains("?") ? "&" : "?") + "verify=true" : href);
            return;
        }
        Verification verification = null;
        if (verify) {
            AuditVerification v = audit.verify(null);
            verification = new Verification(v.intact(), v.records(), v.headSeq(), v.headHash(), v.findings().stream()
                    .map(x -> new Finding(x.seq(), x.kind().name().toLowerCase(Locale.ROOT), x.message())).toList());
        }
        Chrome chrome = Chrome.of(ctx, web, "Audit log", "audit");
        AuditQuery q;
        try {
            q = AuditResource.query(name -> v(ctx, name));
        } catch (ApiException e) {
            web.templates().render(ctx, 400, "audit.jte", new AuditPage(chrome, f, List.of(), 0, 1, 1, verification,
                    e.detail()));
            return;
        }
        List<AuditRecord> all = audit.query(me, q);
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = page(ctx.queryParam("page"), pages);
        // newest first: page 1 holds the last PAGE_SIZE records of the (oldest-first) answer
        List<AuditRecord> shown = new ArrayList<>();
        int from = all.size() - (page - 1) * PAGE_SIZE - 1;
        for (int i = from; i >= 0 && i > from - PAGE_SIZE; i--) shown.add(all.get(i));
        web.templates().render(ctx, "audit.jte", new AuditPage(chrome, f, shown, all.size(), page, pages, verification,
                null));
    }

    private static String v(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null ? "" : v.strip();
    }

    private static int page(String p, int pages) {
        try {
            return p == null ? 1 : Math.max(1, Math.min(pages, Integer.parseInt(p.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
