package org.chancery.cable.synth;

/**
 * A collective or a Washington agency/command a cable may be copied to, and when: a region (EUR…), a tag
 * (PARM…) or {@code *} for any cable.
 */
record Recipient(String ri, String plad, String when) {
}
