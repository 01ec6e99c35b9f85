package org.chancery.cable.read;

import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Telegram;

import java.util.List;

/** Reads the telegram text, from the given line to the end (including a trailing BT, SSN repeat and NNNN). */
public final class TelegramReader {

    private TelegramReader() {
    }

    public static Telegram read(ReadContext ctx, int fromLine, Envelope envelope) {
        throw new UnsupportedOperationException("not written yet");
    }

    public static Telegram empty() {
        return new Telegram(null, List.of(), List.of(), null, List.of(), null, List.of(), null, List.of(), List.of());
    }
}
