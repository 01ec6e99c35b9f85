package org.chancery.archive.secure;

import java.time.Instant;

/**
 * A version of a cable in a viewer's list of versions.
 *
 * @param sha256Hex  the SHA-256 of the version's text, only when the viewer sees the whole version (a hash of
 *                   withheld text would let a guess be confirmed); else null
 * @param provenance where it came from, likewise only for a whole version; else null
 * @param complete   whether the viewer sees the whole version
 */
public record ShownVersion(String id, int version, Instant ingestedAt, String format, String sha256Hex,
                           String provenance, boolean complete) {
}
