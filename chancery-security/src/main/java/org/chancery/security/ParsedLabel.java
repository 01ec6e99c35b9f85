package org.chancery.security;

/**
 * The result of reading a label from a text, a portion mark or a cable's markings: a label, or the reason it
 * could not be read. A malformed label is never taken for an unclassified one: the decision denies it
 * ({@link Reason#MALFORMED_LABEL}) and redaction withholds what it marks.
 */
public sealed interface ParsedLabel {

    record Valid(Label label) implements ParsedLabel {
    }

    /** {@code text} is what was read (null when there was nothing); {@code error} says what is wrong with it. */
    record Malformed(String text, String error) implements ParsedLabel {
    }

    static ParsedLabel of(Label label) {
        return new Valid(label);
    }

    static ParsedLabel malformed(String text, String error) {
        return new Malformed(text, error);
    }

    /** The label, or null when malformed. */
    default Label labelOrNull() {
        return this instanceof Valid v ? v.label() : null;
    }

    default boolean isValid() {
        return this instanceof Valid;
    }
}
