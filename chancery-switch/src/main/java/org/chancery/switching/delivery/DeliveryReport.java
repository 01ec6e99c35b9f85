package org.chancery.switching.delivery;

import java.time.Instant;

/**
 * A report back to the originator about one addressee's copy.
 *
 * @param transmissionId the transmission
 * @param cableId        the cable
 * @param originator     the originator's plain language address (from the text), or null
 * @param addressee      the addressee (routing indicator or plain language address)
 * @param kind           delivered, acknowledged or not delivered
 * @param at             when
 * @param detail         for a non-delivery, why; for an acknowledgment, by whom
 */
public record DeliveryReport(String transmissionId, String cableId, String originator, String addressee, Kind kind,
                             Instant at, String detail) {

    public enum Kind {
        DELIVERED,
        ACKNOWLEDGED,
        NON_DELIVERY
    }
}
