package org.chancery.cable.model;

/**
 * A cable: the ACP 127 envelope (null when the text had no header at all) and the telegram text. This is the
 * typed model that the strict writer writes and the reader reads back; it holds no source text, so two cables
 * are equal when they say the same thing. The source text, its layout and the diagnostics are in
 * {@link org.chancery.cable.ParsedCable}.
 */
public record Cable(Envelope envelope, Telegram telegram) {
}
