package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.archive.audit.AuditFinding;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.AuditVerification;
import org.chancery.archive.audit.SqliteAuditLog;
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
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import static org.chancery.server.ChanceryServer.API;

/**
 * {@code /audit}: query the store's audit log and verify its hash chain, for AUDITOR — as {@code chancery audit
 * query --as USER} and {@code chancery audit verify}. A query is itself recorded ({@code audit-query}).
 */
public final class AuditResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ServerContext context;

    public AuditResource(ServerContext context) {
        this.context = context;
    }

    @Override
    public void routes(RouteTable t) {
        Access auditor = Access.role(Role.AUDITOR);
        t.add(HandlerType.GET, API + "/audit", "audit", "Audit records, oldest first (the query is recorded)", auditor,
                        this::query)
                .query("user", "string", false, "only this user's records")
                .query("since", "string", false, "from this day (UTC, YYYY-MM-DD), included")
                .query("until", "string", false, "up to this day (UTC, YYYY-MM-DD), included")
                .query("action", "string", false, "only this action (read, search, export, …)")
                .query("target", "string", false, "only this target (a cable id, a user…)")
                .query("limit", "integer", false, "at most this many records, the newest matching (default 1000, at most 10000)");
        t.add(HandlerType.GET, API + "/audit/verify", "audit", "Verify the hash chain of the audit log", auditor, this::verify)
                .query("expectHead", "string", false, "SEQ:HASH printed by an earlier verify: the log must still hold it");
    }

    private SqliteAuditLog log() {
        AuditLog log = context.archive().audit();
        if (log instanceof SqliteAuditLog s) return s;
        throw ApiException.unavailable("this store's audit log cannot be queried");
    }

    private void query(Context ctx) {
        Principal me = Auth.principal(ctx);
        AuditQuery q = query(name -> Params.query(ctx, name));
        int limit = Params.intQuery(ctx, "limit", 1000, 1, 10_000);
        List<AuditRecord> records = query(me, q);
        ObjectNode out = JSON.createObjectNode();
        out.put("total", records.size());
        out.put("truncated", records.size() > limit);
        ArrayNode list = out.putArray("records");
        for (AuditRecord r : records.subList(Math.max(0, records.size() - limit), records.size())) {
            ObjectNode n = list.addObject();
            n.put("seq", r.seq());
            n.put("at", r.at());
            n.put("user", r.user());
            n.put("action", r.action());
            n.put("target", r.target());
            n.put("allowed", r.allowed());
            n.put("reason", r.reason());
            n.put("prevHash", r.prevHash());
            n.put("hash", r.hash());
        }
        ctx.json(out);
    }

    /**
     * The filters of a query from request parameters ({@code user}, {@code since}, {@code until}, {@code action},
     * {@code target}; blank is absent), a bad date being a 400 naming it. The API and the audit page both read them here.
     */
    public static AuditQuery query(Function<String, String> param) {
        return new AuditQuery(blank(param.apply("user")), date(param, "since"), date(param, "until"),
                blank(param.apply("action")), blank(param.apply("target")));
    }

    /** The matching records, oldest first; the query itself is recorded ({@code audit-query}) under {@code me}. */
    public List<AuditRecord> query(Principal me, AuditQuery q) {
        return log().queryRecorded(q, me.id(), context.clock().instant());
    }

    private void verify(Context ctx) {
        AuditVerification v = verify(Params.query(ctx, "expectHead"));
        ObjectNode out = JSON.createObjectNode();
        out.put("intact", v.intact());
        out.put("records", v.records());
        out.putObject("head").put("seq", v.headSeq()).put("hash", v.headHash());
        ArrayNode findings = out.putArray("findings");
        for (AuditFinding f : v.findings()) {
            findings.addObject().put("seq", f.seq()).put("kind", f.kind().name().toLowerCase(Locale.ROOT))
                    .put("message", f.message());
        }
        ctx.json(out);
    }

    /** Verifies the chain; {@code expect} is an optional {@code SEQ:HASH} the log must still hold (bad: a 400). */
    public AuditVerification verify(String expect) {
        SqliteAuditLog.Head head;
        try {
            head = expect == null || expect.isBlank() ? null : SqliteAuditLog.Head.parse(expect.strip());
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("expectHead", e.getMessage());
        }
        return log().verify(head);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static LocalDate date(Function<String, String> param, String name) {
        String v = blank(param.apply(name));
        if (v == null) return null;
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            throw ApiException.badParameter(name, "a date YYYY-MM-DD, not " + Problems.quote(v));
        }
    }
}
