package org.chancery.cable.model;

/** The kinds of TAGS (5 FAH-3). */
public enum TagKind {
    /** Four letters, e.g. PREL, PGOV, PARM. */
    SUBJECT,
    /** Four letters beginning with K, e.g. KDEM, KPAO. */
    PROGRAM,
    /** Two letters, State's own country codes, e.g. EZ, RS. */
    GEOGRAPHIC,
    /** Organisations, e.g. EUN, NATO, UNSC. */
    ORGANIZATION,
    /** A person, e.g. OVIP (CLINTON, HILLARY). */
    PERSON,
    /** Free text or a tag that no catalog knows. */
    UNKNOWN
}
