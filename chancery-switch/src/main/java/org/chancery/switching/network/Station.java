package org.chancery.switching.network;

import org.chancery.cable.model.Level;
import org.chancery.security.Principal;

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
 * @param mcn           whether it is given message continuity numbers: State's own stations are (posts and the
 *                      Department; observed: 96% of the MCNs in Cablegate are on {@code RUEH} addressees), other
 *                      agencies' stations are not, unless the network file says so
 */
public record Station(String ri, String plad, StationKind kind, Level accreditation, String postWord,
                      boolean selfRelease, boolean mcn) {

    /** Whether the station may receive traffic of this classification. */
    public boolean accredited(Level classification) {
        return accreditation.dominates(classification);
    }

    /**
     * Whether the principal belongs to this station's post (memberships are post words: {@code PRAGUE},
     * {@code STATE}). A station that originates nothing has no members.
     */
    public boolean hasMember(Principal p) {
        return postWord != null && p.memberships().contains(postWord);
    }
}
