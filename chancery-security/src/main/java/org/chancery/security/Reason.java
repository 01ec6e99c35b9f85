package org.chancery.security;

/**
 * Why a decision went the way it did. The decision checks in this order and gives the first that fails:
 * malformed label, level, controls, releasability, distribution.
 */
public enum Reason {
    /** Allowed: every requirement of the label is met. */
    ALLOWED,
    /** The label could not be read; nothing is shown on a label nobody can check. */
    MALFORMED_LABEL,
    /** The clearance is below the level. */
    LEVEL,
    /** A control is not held: NOFORN by a non-US national, another control by someone not on its access list. */
    CONTROL_NOT_HELD,
    /** REL TO names none of the principal's nationalities. */
    NOT_RELEASABLE,
    /** The cable is not SIPDIS and none of the principal's memberships is its originator or an addressee. */
    DISTRIBUTION,
    /** There was no principal to decide for. */
    NO_PRINCIPAL
}
