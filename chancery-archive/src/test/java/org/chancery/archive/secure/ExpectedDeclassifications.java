package org.chancery.archive.secure;

import org.chancery.archive.declass.Basis;
import org.chancery.cable.ParsedCable;
import org.chancery.security.Labels;
import org.chancery.security.ParsedLabel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The oracle of the declassification schedule: what docs/security.md ("Declassification") says each cable
 * version's declassification is (a declassification governs the version it judged, never a newer one), worked out from the E.O. line and DTG the generator wrote, the governing level of the
 * markings and the reviewers' decisions, step by step as the archive is given them. It never asks the
 * declassification code (neither {@code Schedule} nor {@code Declassifier} nor {@code Declassified}).
 */
final class ExpectedDeclassifications {

    /** The E.O. instruction a generated cable carries. */
    sealed interface Instruction {
        /** {@code DECL: MM/DD/YYYY}. */
        record OnDate(LocalDate date) implements Instruction {
        }

        /** No E.O. line at all, or {@code N/A}: the 25-year rule on a classified cable. */
        record None(boolean writtenNa) implements Instruction {
        }

        /** {@code DECL: OADR} or an event: to review at once. */
        record ToReview(String text) implements Instruction {
        }

        /** {@code DECL: 25X1}: exempt from automatic declassification, reviewed at DTG + 25 years. */
        record Exempt() implements Instruction {
        }
    }

    /** A declassification as the rules predict it. */
    record Expected(Basis basis, LocalDate on, SortedSet<Integer> exempt, boolean subjectExempt) {
        boolean partial() {
            return !exempt.isEmpty() || subjectExempt;
        }
    }

    enum Review { PENDING, EXTENDED, DECIDED, SUPERSEDED }

    /** A version of a cable: a declassification, a review item, an extension is of one version (the rule). */
    record Version(String id, int version) implements Comparable<Version> {
        @Override
        public int compareTo(Version o) {
            int c = id.compareTo(o.id);
            return c != 0 ? c : Integer.compare(version, o.version);
        }
    }

    final Map<Version, Expected> declassified = new TreeMap<>();
    final Map<Version, Review> review = new TreeMap<>();
    final Map<Version, LocalDate> extendedTo = new TreeMap<>();
    /** Versions that were ever extended (for the report and the minimum counts). */
    final java.util.Set<Version> everExtended = new TreeSet<>();
    /** Each cable's current version as of the last run. */
    final Map<String, Integer> currentVersion = new TreeMap<>();

    /** The declassification of the cable's current version (an older version's does not count), or null. */
    Expected now(String id) {
        Integer v = currentVersion.get(id);
        return v == null ? null : declassified.get(new Version(id, v));
    }

    /** The declassification of one version, or null. */
    Expected of(String id, int version) {
        return declassified.get(new Version(id, version));
    }

    /** The review state of the cable's current version's item, or null when it has none. */
    Review reviewNow(String id) {
        Integer v = currentVersion.get(id);
        return v == null ? null : review.get(new Version(id, v));
    }

    /**
     * The daily run on {@code asOf}, as the documented rule reads: a declassification governs the version it
     * judged. Items of versions older than the current one that wait (pending, extended) are superseded; the
     * current version is declassified in full when due (its own date, DTG + 25 years) unless a reviewer judged an
     * older version of the cable (declassified it on review or at an extended date, or extended it): then it goes
     * to review; an extended item of the current version is declassified at its date; then what a person must
     * judge is queued. Returns the ids queued.
     *
     * @param current  the current version of each cable, by id
     * @param versions the number of that version, by id
     */
    List<String> run(LocalDate asOf, Map<String, ParsedCable> current, Map<String, Integer> versions,
                     Map<String, Instruction> instructions, Map<String, LocalDate> dtgs) {
        currentVersion.putAll(versions);
        for (var e : review.entrySet()) {
            Version v = e.getKey();
            if (v.version() < currentVersion.get(v.id())
                    && (e.getValue() == Review.PENDING || e.getValue() == Review.EXTENDED)) {
                e.setValue(Review.SUPERSEDED);
            }
        }
        for (var e : current.entrySet()) {
            String id = e.getKey();
            Version v = new Version(id, versions.get(id));
            if (declassified.containsKey(v) || !classified(e.getValue()) || judgedBefore(v)) continue;
            LocalDate twentyFive = dtgs.get(id).plusYears(25);
            switch (instructions.get(id)) {
                case Instruction.OnDate d when !d.date().isAfter(asOf) -> full(v, Basis.ON_DATE, d.date());
                case Instruction.None n when !twentyFive.isAfter(asOf) -> full(v, Basis.TWENTY_FIVE_YEARS, twentyFive);
                default -> {
                }
            }
        }
        for (var e : extendedTo.entrySet()) {
            Version v = e.getKey();
            if (review.get(v) == Review.EXTENDED && !e.getValue().isAfter(asOf) && !declassified.containsKey(v)) {
                full(v, Basis.EXTENDED_DATE, e.getValue());
            }
        }
        List<String> queued = new ArrayList<>();
        for (var e : current.entrySet()) {
            String id = e.getKey();
            Version v = new Version(id, versions.get(id));
            if (declassified.containsKey(v) || review.containsKey(v)) continue;
            if (malformed(e.getValue())) {
                queued.add(id);
                continue;
            }
            if (!classified(e.getValue())) continue;
            boolean toReview = judgedBefore(v) || switch (instructions.get(id)) {
                case Instruction.ToReview r -> true;
                case Instruction.Exempt x -> !dtgs.get(id).plusYears(25).isAfter(asOf);
                default -> false;
            };
            if (toReview) queued.add(id);
        }
        for (String id : queued) review.put(new Version(id, versions.get(id)), Review.PENDING);
        return queued;
    }

    /** Whether a reviewer judged an older version: declassified it on review or at an extended date, or extended it. */
    boolean judgedBefore(Version v) {
        for (int older = 1; older < v.version(); older++) {
            Version o = new Version(v.id(), older);
            Expected d = declassified.get(o);
            if (d != null && (d.basis() == Basis.REVIEW || d.basis() == Basis.EXTENDED_DATE)) return true;
            if (everExtended.contains(o)) return true;
        }
        return false;
    }

    void declassify(String id, int version, LocalDate today, SortedSet<Integer> exempt, boolean subjectExempt) {
        Version v = new Version(id, version);
        declassified.put(v, new Expected(Basis.REVIEW, today, new TreeSet<>(exempt), subjectExempt));
        review.put(v, Review.DECIDED);
    }

    void extend(String id, int version, LocalDate until) {
        Version v = new Version(id, version);
        review.put(v, Review.EXTENDED);
        extendedTo.put(v, until);
        everExtended.add(v);
    }

    private void full(Version v, Basis basis, LocalDate on) {
        declassified.put(v, new Expected(basis, on, new TreeSet<>(), false));
        if (review.containsKey(v)) review.put(v, Review.DECIDED);
    }

    /** Classified markings: the governing level of the markings is CONFIDENTIAL or above (not UNCLASSIFIED, not SBU). */
    private static boolean classified(ParsedCable parsed) {
        ParsedLabel governing = Labels.effective(parsed).governing();
        return governing.labelOrNull() != null && governing.labelOrNull().level().compareTo(
                org.chancery.cable.model.Level.CONFIDENTIAL) >= 0;
    }

    private static boolean malformed(ParsedCable parsed) {
        return Labels.effective(parsed).governing() instanceof ParsedLabel.Malformed;
    }
}
