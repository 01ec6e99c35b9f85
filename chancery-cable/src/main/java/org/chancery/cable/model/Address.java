package org.chancery.cable.model;

/**
 * An addressee or originator: routing indicator (null when the line gave none), plain language address,
 * precedence written on the line (null when left out) and message continuity number (null for collectives and
 * when absent).
 */
public record Address(String ri, String plad, Precedence precedence, String mcn) {

    public static Address of(String ri, String plad) {
        return new Address(ri, plad, null, null);
    }

    /** Collectives (a PLAD ending in COLLECTIVE) are lists of stations, never a single one. */
    public boolean isCollective() {
        return plad != null && plad.endsWith("COLLECTIVE");
    }
}
