package org.chancery.security;

import java.util.List;

/**
 * The labels of one cable, as they govern reading.
 *
 * @param written   the banner as written: classification line (or FL4) and captions, with the distribution
 * @param rollUp    the roll-up of the portion marks (subject and paragraphs): highest level, every control,
 *                  the countries every REL TO portion names; null when no portion is marked
 * @param governing the stricter of the two ({@link Label#join}); malformed when the written banner or any
 *                  portion mark is — then nobody may read any of the cable until its markings are fixed
 * @param subject   the subject's label: its own mark, or the governing banner when unmarked; null when the
 *                  cable has no subject
 * @param blocks    one label per block of the body, in order: a marked paragraph its own mark, with the
 *                  document-wide controls and the distribution of the governing banner; an unmarked paragraph,
 *                  kept text and page markers the governing banner
 * @param findings  disagreements between written banner and roll-up, and malformed marks, for lint and audit
 */
public record EffectiveLabels(ParsedLabel written, Label rollUp, ParsedLabel governing, ParsedLabel subject,
                              List<ParsedLabel> blocks, List<String> findings) {

    public EffectiveLabels {
        blocks = List.copyOf(blocks);
        findings = List.copyOf(findings);
    }
}
