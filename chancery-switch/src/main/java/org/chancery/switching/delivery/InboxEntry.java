package org.chancery.switching.delivery;

import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;

import java.time.Instant;
import java.util.List;

/**
 * One copy filed in a post's inbox.
 *
 * @param id             the inbox row (stable)
 * @param post           the addressee key: routing indicator, or plain language address when it had none
 * @param plad           the addressee's plain language address
 * @param transmissionId the transmission that carried it (acknowledge by this or by the cable id)
 * @param cableId        the cable
 * @param section        section of a split cable
 * @param precedence     this addressee's precedence (NIACT IMMEDIATE is per addressee)
 * @param classification the cable's classification
 * @param role           action or info
 * @param distribution   offices (e.g. EUR/NB) or, for NODIS, the named persons the copy goes to
 * @param subject        the subject line, when the text has one
 * @param originator     the originator's plain language address
 * @param requiresAck    FLASH and NIACT IMMEDIATE (and above) copies the duty officer must acknowledge
 * @param releasedAt     release time
 * @param deliveredAt    filing time
 * @param ackedBy        who acknowledged, or null
 * @param ackedAt        when, or null
 * @param escalatedAt    when the missing acknowledgment was escalated, or null
 */
public record InboxEntry(long id, String post, String plad, String transmissionId, String cableId, int section,
                         Precedence precedence, Level classification, Role role, List<String> distribution,
                         String subject, String originator, boolean requiresAck, Instant releasedAt,
                         Instant deliveredAt, String ackedBy, Instant ackedAt, Instant escalatedAt) {

    public InboxEntry {
        distribution = List.copyOf(distribution);
    }

    public boolean awaitingAck() {
        return requiresAck && ackedAt == null;
    }
}
