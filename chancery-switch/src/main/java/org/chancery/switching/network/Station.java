package org.chancery.switching.network;

import org.chancery.cable.model.Level;

/**
 * A station of the network, named by its routing indicator.
 *
 * @param ri            routing indicator, e.g. {@code RUEHPG}
 * @param plad          plain language address, e.g. {@code AMEMBASSY PRAGUE}
 * @param kind          post, department, agency, relay
 * @param accreditation the highest classification the station may receive
 * @param postWord      the post word of the classification lines it originates ({@code PRAGUE}, {@code STATE}),
 *                      null for a station that does not originate cables
 * @param selfRelease   whether a drafter of this post may release their own cable
 */
public record Station(String ri, String plad, StationKind kind, Level accreditation, String postWord,
                      boolean selfRelease) {

    /** Whether the station may receive traffic of this classification. */
    public boolean accredited(Level classification) {
        return accreditation.dominates(classification);
    }
}
