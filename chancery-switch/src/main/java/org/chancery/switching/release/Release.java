package org.chancery.switching.release;

import org.chancery.cable.model.Level;
import org.chancery.switching.Transmission;
import org.chancery.switching.routing.NonDeliveryReport;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A released cable: its numbers, its text (the originator's record copy), the transmissions handed to the queues
 * and the non-delivery reports for the originator.
 *
 * @param cableId        canonical id, e.g. {@code 09PRAGUE589}
 * @param draftId        the draft it was released from
 * @param post           the post word of its classification line ({@code PRAGUE})
 * @param mrn            message reference number, consecutive per post per year
 * @param dtg            the date-time group as an instant (minute precision)
 * @param classification the cable's classification
 * @param releasedBy     the releasing officer
 * @param mcns           message continuity numbers by addressee RI (none for collectives)
 * @param text           the whole cable as the strict writer wrote it (its sections one after another)
 */
public record Release(String cableId, long draftId, String post, int mrn, Instant dtg, Level classification,
                      String releasedBy, Map<String, String> mcns, String text, List<Transmission> transmissions,
                      List<NonDeliveryReport> reports) {

    public Release {
        mcns = Map.copyOf(mcns);
        transmissions = List.copyOf(transmissions);
        reports = List.copyOf(reports);
    }

    /** The station serial number: the last four digits of the MRN (as observed in real cables). */
    public String ssn() {
        String six = String.format(java.util.Locale.ROOT, "%06d", mrn);
        return six.substring(2);
    }
}
