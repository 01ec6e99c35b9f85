package org.chancery.switching.routing;

import java.time.Instant;

/**
 * Told to the originating post when an addressee does not receive a released cable.
 *
 * @param cableId    the released cable ({@code 09PRAGUE589})
 * @param originator RI of the originating post, to which the report goes
 * @param addressee  RI of the station that did not receive it
 * @param plad       its plain language address
 * @param via        the collective it was addressed through, or null
 * @param reason     why, in words ({@code AMCONSUL KRAKOW is accredited to CONFIDENTIAL, the cable is SECRET})
 * @param at         when it was decided (the release)
 */
public record NonDeliveryReport(String cableId, String originator, String addressee, String plad, String via,
                                String reason, Instant at) {
}
