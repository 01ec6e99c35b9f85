package org.chancery.archive.declass;

import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the declassifier did.
 *
 * @param scheduled    cables whose E.O. instruction was read this run (new or changed versions)
 * @param declassified cables declassified this run, in id order
 * @param queued       cables sent to the review queue this run, in id order
 * @param pending      items waiting for a reviewer after the run
 */
public record DeclassificationSummary(LocalDate asOf, int scheduled, List<Declassified> declassified,
                                      List<ReviewItem> queued, int pending) {

    public DeclassificationSummary {
        declassified = List.copyOf(declassified);
        queued = List.copyOf(queued);
    }
}
