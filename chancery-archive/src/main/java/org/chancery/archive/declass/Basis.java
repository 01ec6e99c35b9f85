package org.chancery.archive.declass;

/** Why a cable was declassified. */
public enum Basis {
    /** The date of its E.O. line came. */
    ON_DATE,
    /** 25 years after its DTG, with no date of its own. */
    TWENTY_FIVE_YEARS,
    /** A declassification reviewer decided (in full or in part). */
    REVIEW,
    /** The date a reviewer extended its classification to came. */
    EXTENDED_DATE
}
