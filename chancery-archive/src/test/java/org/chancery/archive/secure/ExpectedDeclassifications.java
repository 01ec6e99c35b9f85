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
 * The oracle of the declassification schedule: what docs/security.md ("Declassification") says each cable's
 * declassification is, worked out from the E.O. line and DTG the generator wrote, the governing level of the
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

    enum Review { PENDING, EXTENDED, DECIDED }

    final Map<String, Expected> declassified = new TreeMap<>();
    final Map<String, Review> review = new TreeMap<>();
    final Map<String, LocalDate> extendedTo = new TreeMap<>();
    /** Cables that were ever extended (for the report and the minimum counts). */
    final java.util.Set<String> everExtended = new TreeSet<>();

    /**
     * The daily run on {@code asOf}: declassifies in full what is due (its own date, DTG + 25 years, an extended
     * date), then queues what a person must judge. Returns the ids queued.
     *
     * @param current the current version of each cable, by id
     */
    List<String> run(LocalDate asOf, Map<String, ParsedCable> current, Map<String, Instruction> instructions,
                     Map<String, LocalDate> dtgs) {
        for (var e : current.entrySet()) {
            String id = e.getKey();
            if (declassified.containsKey(id) || !classified(e.getValue())) continue;
            LocalDate twentyFive = dtgs.get(id).plusYears(25);
            switch (instructions.get(id)) {
                case Instruction.OnDate d when !d.date().isAfter(asOf) -> full(id, Basis.ON_DATE, d.date());
                case Instruction.None n when !twentyFive.isAfter(asOf) -> full(id, Basis.TWENTY_FIVE_YEARS, twentyFive);
                default -> {
                }
            }
        }
        for (var e : extendedTo.entrySet()) {
            if (review.get(e.getKey()) == Review.EXTENDED && !e.getValue().isAfter(asOf)
                    && !declassified.containsKey(e.getKey())) {
                full(e.getKey(), Basis.EXTENDED_DATE, e.getValue());
            }
        }
        List<String> queued = new ArrayList<>();
        for (var e : current.entrySet()) {
            String id = e.getKey();
            if (declassified.containsKey(id) || review.containsKey(id)) continue;
            if (malformed(e.getValue())) {
                queued.add(id);
                continue;
            }
            if (!classified(e.getValue())) continue;
            boolean toReview = switch (instructions.get(id)) {
                case Instruction.ToReview r -> true;
                case Instruction.Exempt x -> !dtgs.get(id).plusYears(25).isAfter(asOf);
                default -> false;
            };
            if (toReview) queued.add(id);
        }
        for (String id : queued) review.put(id, Review.PENDING);
        return queued;
    }

    void declassify(String id, LocalDate today, SortedSet<Integer> exempt, boolean subjectExempt) {
        declassified.put(id, new Expected(Basis.REVIEW, today, new TreeSet<>(exempt), subjectExempt));
        review.put(id, Review.DECIDED);
    }

    void extend(String id, LocalDate until) {
        review.put(id, Review.EXTENDED);
        extendedTo.put(id, until);
        everExtended.add(id);
    }

    private void full(String id, Basis basis, LocalDate on) {
        declassified.put(id, new Expected(basis, on, new TreeSet<>(), false));
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
