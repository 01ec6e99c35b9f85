package org.chancery.archive.declass;

import org.chancery.cable.CableFacts;
import org.chancery.cable.model.Cable;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Labels;

/**
 * The effective labels of a cable version now: those of its declassification when that version has been
 * declassified, else those of its markings. The one place this choice is made: the index ({@code IndexDocuments}),
 * the access gate ({@code SecureArchive}) and the public release ({@link PublicExport}) all take their labels from
 * here, so that they never disagree on what a reader may see. (The declassification schedule reads the markings
 * themselves: it is about what the cable says of its own declassification.)
 *
 * <p>A declassification governs the version it names and no other: a review judged a text, and a date rule was
 * read from one version's markings. A newer version is read at its own markings until it is declassified itself.
 */
public final class CurrentLabels {

    private CurrentLabels() {
    }

    /**
     * @param declassified the declassification of this very version ({@code archive.declassification(id,
     *                     version)}), or null when it has not been declassified
     */
    public static EffectiveLabels of(Cable cable, CableFacts facts, Declassified declassified) {
        return declassified != null ? declassified.labels(cable, facts) : Labels.effective(cable, facts);
    }

    /**
     * {@code declassified} when it is of {@code version}, else null: for a caller that looked a cable's
     * declassification up by id (its current version's) and holds a version read at another moment.
     */
    public static Declassified governing(Declassified declassified, int version) {
        return declassified != null && declassified.version() == version ? declassified : null;
    }
}
