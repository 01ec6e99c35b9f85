package org.chancery.switching.release;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.lint.Linter;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.switching.draft.AddressLine;
import org.chancery.switching.draft.Addressing;
import org.chancery.switching.draft.DraftCable;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.network.Network;
import org.chancery.switching.routing.Leg;
import org.chancery.switching.routing.RoutePlan;
import org.chancery.switching.routing.Router;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Lints a draft as the cable it would be: resolved against the network, written by the strict writer with
 * provisional numbers (MRN 000000, MCNs 0000) and read back, then checked by {@link Linter#lintDraft}. The draft's
 * own problems (an addressee the network does not know…) come first, as errors at 0:0.
 */
public final class DraftLint {

    /** The transmission id a draft carries until release gives it one. */
    static final Envelope.TransmissionId PROVISIONAL = new Envelope.TransmissionId("XXX", "0000");

    private DraftLint() {
    }

    /** A linted draft: findings, and the addressing and route when it resolves. */
    public record Result(List<Diagnostic> findings, Addressing addressing, RoutePlan plan) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    public static Result lint(DraftContent content, Network network, ZonedDateTime now) {
        DraftCable.Resolved r = DraftCable.resolve(content, network);
        if (r.addressing() == null) return new Result(r.problems(), null, null);
        Addressing a = r.addressing();
        RoutePlan plan = new Router(network).plan(a);
        Map<String, Integer> mcns = new TreeMap<>();
        for (AddressLine l : a.all()) if (!l.isCollective() && l.station().mcn()) mcns.put(l.ri(), 0);
        DraftCable.Numbers n = new DraftCable.Numbers(0, now, mcns, PROVISIONAL, recordRouting(a, plan));
        String text = CanonicalWriter.write(DraftCable.cable(content, a, n));
        List<Diagnostic> findings = new ArrayList<>(r.problems());
        findings.addAll(Linter.lintDraft(Cables.read(text, "draft")));
        return new Result(findings, a, plan);
    }

    /**
     * FL2 of the record copy: the highest action and info precedences of the whole cable and every recipient's RI
     * (each transmission carries its own leg's).
     */
    static Envelope.RoutingLine recordRouting(Addressing a, RoutePlan plan) {
        Precedence action = Addressing.highest(a.to());
        Precedence info = Addressing.highest(a.info());
        if (action == null) action = info;
        if (info == null) info = action;
        Set<String> ris = new LinkedHashSet<>();
        for (Leg leg : plan.legs()) ris.addAll(leg.indicators());
        return new Envelope.RoutingLine(action, info, List.copyOf(ris));
    }
}
