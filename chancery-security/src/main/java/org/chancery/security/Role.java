package org.chancery.security;

/**
 * What a principal may do besides reading. Roles never widen what a principal may read: an administrator or an
 * auditor reads only what their clearance, controls, nationality and memberships allow.
 */
public enum Role {
    READER,
    DRAFTER,
    CLEARER,
    RELEASING_OFFICER,
    DECLASSIFICATION_REVIEWER,
    AUDITOR,
    ADMINISTRATOR
}
