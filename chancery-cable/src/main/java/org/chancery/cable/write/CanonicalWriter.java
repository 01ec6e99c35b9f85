package org.chancery.cable.write;

import org.chancery.cable.model.Cable;

/** Writes a cable in canonical form: ACP 127 format lines 1 to 16 around the telegram text. */
public final class CanonicalWriter {

    private CanonicalWriter() {
    }

    /** The whole cable as one text (sections, when the cable is split, follow one another). */
    public static String write(Cable cable) {
        throw new UnsupportedOperationException("not written yet");
    }
}
