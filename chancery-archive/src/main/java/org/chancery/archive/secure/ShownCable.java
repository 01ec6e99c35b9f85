package org.chancery.archive.secure;

import org.chancery.archive.declass.Declassified;
import org.chancery.cable.ParsedCable;
import org.chancery.security.RedactedCable;

import java.time.Instant;

/**
 * A version of a cable as one viewer may see it.
 *
 * @param id         the cable's id
 * @param version    which version (1-based)
 * @param versions   how many versions the viewer may see
 * @param redacted   the cable as the viewer may see it: render from {@code redacted.cable()} only
 * @param renderable a parsed cable to hand to renderers: the original (with its source, segments and findings)
 *                   when the viewer sees the whole cable, else one made from the redacted model alone (no source
 *                   text, no segments, no findings, which may quote withheld text)
 * @param original   the exact bytes as ingested, only when the viewer sees the whole cable; else null
 * @param provenance where the version came from, or null (also null when the cable is seen in part)
 * @param ingestedAt when the version was stored
 * @param declassified the cable's declassification, or null: when present, every rendering shows its
 *                   {@link Declassified#banner} above the cable (whose markings stay as written)
 */
public record ShownCable(String id, int version, int versions, RedactedCable redacted, ParsedCable renderable,
                         byte[] original, String provenance, Instant ingestedAt, Declassified declassified) {

    public boolean complete() {
        return original != null;
    }
}
