package org.chancery.cable.read;

import org.chancery.cable.model.Envelope;

/** Reads the ACP 127 envelope (format lines 1 to 9, and a leading BT) from the top of the text. */
public final class EnvelopeReader {

    private EnvelopeReader() {
    }

    /** The envelope (null when the text has no header) and the first line of the telegram text. */
    public record Result(Envelope envelope, int nextLine) {
    }

    public static Result read(ReadContext ctx) {
        throw new UnsupportedOperationException("not written yet");
    }
}
