package org.chancery.archive.store;

import org.chancery.cable.SourceFormat;

import java.time.Instant;
import java.util.HexFormat;

/** One stored version without its source: what listing versions shows. */
public record VersionInfo(
        long seq,
        String id,
        int version,
        SourceFormat format,
        String name,
        byte[] textSha256,
        Listing listing,
        Provenance provenance,
        Instant ingestedAt) {

    public String sha256Hex() {
        return HexFormat.of().formatHex(textSha256);
    }
}
