package org.chancery.archive.store;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;

/** A stored version with its source bytes, which parse back into the cable exactly as it was ingested. */
public record StoredVersion(VersionInfo info, byte[] source) {

    public ParsedCable parse() {
        return Cables.read(source, info.name(), info.format());
    }
}
