package org.chancery.archive.declass;

import org.chancery.cable.CableFacts;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.security.EffectiveLabels;
import org.chancery.security.Labels;
import org.chancery.security.ParsedLabel;

import java.time.LocalDate;

/**
 * What the E.O. line of one cable says about its declassification: the rule, the date it is due (for
 * declassification, or for review of an exemption), the instruction as written and the E.O. number.
 *
 * @param level       the governing level of the cable's markings; null when they are malformed
 * @param dueOn       null for instructions a reviewer must judge now
 * @param twentyFive  DTG + 25 years; null without a DTG
 * @param instruction the E.O. line's text after the colon, or a note ({@code no E.O. line})
 * @param order       the executive order named ({@code 12958}), or null
 */
public record Schedule(Rule rule, LocalDate dueOn, LocalDate twentyFive, Level level, String instruction,
                       String order) {

    /** Years after the DTG at which a cable without a date of its own is declassified (E.O. 12958 sec. 3.3). */
    public static final int YEARS = 25;

    public static Schedule of(ParsedCable parsed) {
        return of(parsed.cable(), CableFacts.of(parsed));
    }

    /**
     * The rules: a cable whose markings are below CONFIDENTIAL has nothing to declassify; malformed markings go
     * to review; {@code DECL: date} is due on that date; no E.O. line, or N/A on a classified cable, follows the
     * 25-year rule (DTG + 25 years; to review when there is no DTG); an event, OADR or an unreadable instruction
     * goes to review; an exemption (25X…, X1…, GDS) is reviewed once 25 years have passed.
     */
    public static Schedule of(Cable cable, CableFacts facts) {
        EoLine eo = cable == null || cable.telegram() == null ? null : cable.telegram().eo();
        String order = eo == null ? null : eo.order();
        String text = eo == null ? "no E.O. line" : eo.text();
        EffectiveLabels labels = Labels.effective(cable, facts);
        if (labels.governing() instanceof ParsedLabel.Malformed m) {
            return new Schedule(Rule.UNPARSED, null, null, null, "malformed markings: " + m.error(), order);
        }
        Level level = labels.governing().labelOrNull().level();
        LocalDate twentyFive = facts == null || facts.dtg() == null ? null
                : facts.dtg().toZonedDateTime().toLocalDate().plusYears(YEARS);
        if (!level.isClassified()) return new Schedule(Rule.NOT_CLASSIFIED, null, twentyFive, level, text, order);
        Declassification instruction = eo == null ? null : eo.instruction();
        return switch (instruction) {
            case null -> noDate(twentyFive, level, text, order);
            case Declassification.NotApplicable ignored -> noDate(twentyFive, level, text, order);
            case Declassification.OnDate d -> new Schedule(Rule.ON_DATE, d.date(), twentyFive, level, text, order);
            case Declassification.OnEvent ignored -> new Schedule(Rule.EVENT, null, twentyFive, level, text, order);
            case Declassification.Oadr ignored -> new Schedule(Rule.OADR, null, twentyFive, level, text, order);
            case Declassification.Exemption ignored ->
                    new Schedule(Rule.EXEMPTION, twentyFive, twentyFive, level, text, order);
            case Declassification.Unparsed ignored -> new Schedule(Rule.UNPARSED, null, twentyFive, level, text, order);
        };
    }

    private static Schedule noDate(LocalDate twentyFive, Level level, String text, String order) {
        return twentyFive == null ? new Schedule(Rule.NO_DATE, null, null, level, text, order)
                : new Schedule(Rule.TWENTY_FIVE_YEARS, twentyFive, twentyFive, level, text, order);
    }

    /** Whether the cable is to be declassified without review on {@code asOf}. */
    public boolean dueOn(LocalDate asOf) {
        return rule.automatic() && !dueOn.isAfter(asOf);
    }

    /** Whether the cable is to go to the review queue on {@code asOf}. */
    public boolean reviewOn(LocalDate asOf) {
        return rule.reviewed() && (dueOn == null || !dueOn.isAfter(asOf));
    }

    /** The authority a declassification under this schedule cites: {@code E.O. 12958, DECL: 10/01/2011}. */
    public String authority(Basis basis) {
        String eo = "E.O. " + (order == null ? "12958" : order);
        return switch (basis) {
            case ON_DATE -> eo + ", " + instruction;
            case TWENTY_FIVE_YEARS -> eo + ", sec. 3.3 (" + YEARS + " years after origin)";
            case REVIEW -> eo + ", declassification review";
            case EXTENDED_DATE -> eo + ", declassification review (extended date)";
        };
    }
}
