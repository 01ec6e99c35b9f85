package org.chancery.archive.declass;

/** What a cable's E.O. instruction (and its markings) means for declassification. */
public enum Rule {
    /** UNCLASSIFIED or SBU: nothing to declassify. */
    NOT_CLASSIFIED,
    /** {@code DECL: 10/01/2011}: declassified on that date. */
    ON_DATE,
    /** No E.O. line, or N/A on a classified cable: the 25-year rule, DTG + 25 years. */
    TWENTY_FIVE_YEARS,
    /** {@code DECL: AFTER KOREAN UNIFICATION}: a reviewer judges whether the event has come. */
    EVENT,
    /** {@code DECL: OADR}: originating agency's determination required; a reviewer decides. */
    OADR,
    /** {@code 25X1}, {@code X1}, {@code GDS}…: exempt from automatic declassification; reviewed at 25 years. */
    EXEMPTION,
    /** An instruction (or markings) that could not be read: a reviewer decides. */
    UNPARSED,
    /** Neither a date nor a DTG to count 25 years from: a reviewer decides. */
    NO_DATE;

    /** Declassified without a person: the date comes from the cable. */
    public boolean automatic() {
        return this == ON_DATE || this == TWENTY_FIVE_YEARS;
    }

    /** Goes to the review queue (EXEMPTION only once its due date has come). */
    public boolean reviewed() {
        return this == EVENT || this == OADR || this == EXEMPTION || this == UNPARSED || this == NO_DATE;
    }
}
