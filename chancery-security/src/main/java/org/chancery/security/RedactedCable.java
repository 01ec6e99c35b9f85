package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.model.Cable;

import java.util.List;

/**
 * A cable as one principal may see it: the only thing a renderer (JSON, canonical text, HTML, search snippets)
 * may render. It deliberately holds no source text and no segments: {@code ParsedCable.text()} and
 * {@code ParsedCable.source()} are the unredacted original and must never be rendered for a principal.
 *
 * @param name     the source name of the cable (its id as a file name)
 * @param cable    the cable with every withheld part replaced by a marker or removed
 * @param facts    the facts of the cable, with summary and comment taken from the readable paragraphs only
 * @param policy   the policy it was redacted under
 * @param banner   the governing banner (shown on every rendering: a released document shows its banner); a
 *                 limited distribution names only the principal's own posts and offices among its recipients
 * @param withheld what was withheld, in cable order; empty when the principal sees it all
 */
public record RedactedCable(String name, Cable cable, CableFacts facts, Policy policy, Label banner,
                            List<Withheld> withheld) {

    public RedactedCable {
        withheld = List.copyOf(withheld);
    }

    public boolean isComplete() {
        return withheld.isEmpty();
    }
}
