package org.chancery.security;

/** How much of a cable a principal sees, chosen per deployment. */
public enum Policy {
    /**
     * Operational: a cable is seen whole by a principal who may read its governing banner; to anyone else it
     * does not exist.
     */
    DOCUMENT,
    /**
     * Release and research: a principal sees the portions they may read; every other portion is replaced by a
     * marker with its portion mark and length class, as in a released document. A cable with nothing readable
     * does not exist for them.
     */
    PORTION
}
