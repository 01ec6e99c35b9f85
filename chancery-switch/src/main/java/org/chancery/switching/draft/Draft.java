package org.chancery.switching.draft;

import org.chancery.cable.Diagnostic;
import org.chancery.cable.Severity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A draft as stored: its content, where it is in the workflow, the findings of the lint run at its last save,
 * and the clearances given.
 *
 * @param id         the draft's number in the store
 * @param state      where it is in the workflow
 * @param revision   1 at creation, one more at every edit (clearances apply to one revision)
 * @param content    what the drafter wrote
 * @param findings   lint findings of the last save (the cable as it would be released, numbers provisional)
 * @param clearances clearances and returns, oldest first, of every revision
 * @param cableId    the canonical id once released ({@code 09PRAGUE589}), else null
 */
public record Draft(long id, DraftState state, int revision, DraftContent content, List<Diagnostic> findings,
                    List<Clearance> clearances, String cableId, Instant created, Instant updated) {

    public Draft {
        findings = List.copyOf(findings);
        clearances = List.copyOf(clearances);
    }

    public List<Diagnostic> errors() {
        return findings.stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }

    /** The required clearers who have not cleared the current revision, in the content's order. */
    public List<String> awaitingClearance() {
        List<String> out = new ArrayList<>();
        for (String c : content.clearers()) {
            boolean done = clearances.stream().anyMatch(x -> x.revision() == revision && x.cleared()
                    && x.clearer().equals(c));
            if (!done) out.add(c);
        }
        return out;
    }
}
