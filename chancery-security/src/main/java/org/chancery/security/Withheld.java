package org.chancery.security;

/**
 * One part of a cable withheld from a principal, for the audit log: which part, where (the index of the block
 * in the body, or -1 for parts of the heading), its label and the decision that withheld it.
 */
public record Withheld(Part part, int index, ParsedLabel label, Decision decision) {

    /** The parts of a cable that redaction may withhold. */
    public enum Part {
        SUBJECT, PARAGRAPH, TEXT, PAGE_MARKER, PASSING, TAGS, REFERENCES, CLASSIFIED_BY, SIGNERS
    }
}
