package org.chancery.security;

/**
 * One part of a cable withheld from a principal, for the audit log: which part, where (the index of the block
 * in the body, or -1 for parts of the heading), the portion mark it is shown with ({@code S//NF}; null for
 * heading parts, which take the banner) and the decision that withheld it. It holds no label text on purpose:
 * a label's distribution names the offices of passing lines, which are themselves withheld.
 */
public record Withheld(Part part, int index, String mark, Decision decision) {

    /** The parts of a cable that redaction may withhold. */
    public enum Part {
        SUBJECT, PARAGRAPH, TEXT, PAGE_MARKER, PASSING, TAGS, REFERENCES, CLASSIFIED_BY, SIGNERS
    }
}
