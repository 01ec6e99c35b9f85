package org.chancery.archive.declass;

import org.chancery.cable.CableFacts;
import org.chancery.cable.model.Cable;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Labels;

/**
 * The effective labels of a cable now: those of its declassification when it has been declassified, else those of
 * its markings. The one place this choice is made: the index ({@code IndexDocuments}), the access gate
 * ({@code SecureArchive}) and the public release ({@link PublicExport}) all take their labels from here, so that
 * they never disagree on what a reader may see. (The declassification schedule reads the markings themselves:
 * it is about what the cable says of its own declassification.)
 */
public final class CurrentLabels {

    private CurrentLabels() {
    }

    /**
     * @param declassified the cable's declassification ({@code archive.declassification(id)}), or null when it
     *                     has not been declassified
     */
    public static EffectiveLabels of(Cable cable, CableFacts facts, Declassified declassified) {
        return declassified != null ? declassified.labels(cable, facts) : Labels.effective(cable, facts);
    }
}
