package org.chancery.cable.lint;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** Section 5, rule 9: the E.O. line and the classification authority. */
final class AuthorityRules {

    private AuthorityRules() {
    }

    /** OADR was abolished for new classifications by E.O. 12958, signed in April 1995 and in force from October. */
    static final LocalDate OADR_ABOLISHED = LocalDate.of(1995, 10, 14);
    /** E.O. 13292 renumbered the reasons from 1.5 to 1.4 and added (h), on 25 March 2003. */
    static final LocalDate REASONS_RENUMBERED = LocalDate.of(2003, 3, 25);

    private static final Pattern REASON_14 = Pattern.compile("1\\.4\\([a-h]\\)");
    private static final Pattern REASON_15 = Pattern.compile("1\\.5\\([a-g]\\)");

    static LocalDate dateOf(Dtg dtg) {
        return dtg == null ? null : dtg.toZonedDateTime().toLocalDate();
    }

    /** Rule 9: unclassified ⇒ N/A; classified ⇒ a date within 25 years, an event or an exemption. */
    static final class EoDeclassification extends NamedRule {
        EoDeclassification() {
            super("eo-declassification", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Level banner = c.banner();
            if (banner == null) return; // classification-line says what is missing
            EoLine eo = c.telegram().eo();
            Position at = c.locate().find(null, Kind.EO, Kind.CLASSIFICATION);
            if (eo == null || eo.instruction() == null) {
                if (banner.isClassified()) {
                    out.error(at, "a " + banner.word() + " cable needs an E.O. line with its declassification"
                            + " instruction: add E.O. 13526: DECL: MM/DD/YYYY (at most 25 years ahead)");
                } else {
                    out.warning(at, "no E.O. line: add E.O. 13526: N/A (the line an unclassified cable carries)");
                }
                return;
            }
            Declassification d = eo.instruction();
            if (!banner.isClassified()) {
                if (!(d instanceof Declassification.NotApplicable)) {
                    out.warning(at, "an unclassified cable has nothing to declassify, but the E.O. line says "
                            + eo.text() + ": write E.O. " + order(eo) + ": N/A (or classify the cable)");
                }
                return;
            }
            LocalDate dated = dateOf(c.dtg());
            switch (d) {
                case Declassification.NotApplicable na -> out.error(at, "a " + banner.word() + " cable cannot be"
                        + " N/A: give DECL: and a date at most 25 years after the DTG, an event, or a 25X exemption");
                case Declassification.OnDate on -> {
                    if (dated == null) break;
                    if (on.date().isAfter(dated.plusYears(25))) {
                        out.error(at, "declassification on " + on.date() + " is more than 25 years after the DTG ("
                                + dated + "): give a date by " + dated.plusYears(25) + ", or a 25X exemption");
                    } else if (on.date().isBefore(dated)) {
                        out.error(at, "declassification on " + on.date() + " is before the cable's own date ("
                                + dated + "): correct the date (the default is 10 years ahead, "
                                + dated.plusYears(10) + ")");
                    }
                }
                case Declassification.Oadr oadr -> {
                    if (dated != null && dated.isAfter(OADR_ABOLISHED)) {
                        out.error(at, "OADR was abolished for new classifications in 1995: give a date at most 25"
                                + " years ahead, an event or a 25X exemption");
                    }
                }
                case Declassification.Unparsed u -> out.warning(at, "the declassification instruction '" + u.text()
                        + "' is not understood: write DECL: MM/DD/YYYY, DECL: and an event, or a 25X exemption");
                case Declassification.OnEvent ev -> { }
                case Declassification.Exemption ex -> { }
            }
        }

        private static String order(EoLine eo) {
            return eo.order() != null ? eo.order() : "13526";
        }
    }

    /** Rule 9: a classified cable names who classified it, with what title, and for which reasons. */
    static final class ClassifiedBy extends NamedRule {
        ClassifiedBy() {
            super("classified-by", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Level banner = c.banner();
            if (banner == null || !banner.isClassified()) return;
            org.chancery.cable.model.ClassifiedBy by = c.telegram().classifiedBy();
            Position at = c.locate().find(null, Kind.CLASSIFIED_BY, Kind.SUBJECT, Kind.EO, Kind.CLASSIFICATION);
            if (by == null) {
                out.error(at, "a " + banner.word() + " cable names its classification authority: add Classified By:"
                        + " <title> <name> for reasons 1.4 (b) and (d)");
                return;
            }
            if (EnvelopeRules.blank(by.name())) {
                out.warning(at, "Classified By gives no name: write the classifier's name after the title");
            }
            if (EnvelopeRules.blank(by.title())) {
                out.warning(at, "Classified By gives no title or position: write it before the name,"
                        + " e.g. Classified By: Ambassador Jane Doe");
            }
            if (by.reasons().isEmpty()) {
                out.error(at, "Classified By gives no reason: add for reasons 1.4 (b) and (d), choosing among"
                        + " 1.4 (a) to (h)");
                return;
            }
            if (!modernOrder(c)) return; // reasons under E.O. 11652/12065/12356 followed other schemes
            LocalDate dated = dateOf(c.dtg());
            boolean before2003 = dated != null && dated.isBefore(REASONS_RENUMBERED);
            for (String reason : by.reasons()) {
                String r = reason.replace(" ", "").toLowerCase(Locale.ROOT);
                boolean v14 = REASON_14.matcher(r).matches();
                boolean v15 = REASON_15.matcher(r).matches();
                if (!v14 && !v15) {
                    out.error(at, "reason " + reason + " is not one of 1.4 (a) to (h): correct it");
                } else if (dated != null && v15 && !before2003) {
                    out.warning(at, "reason " + reason + " is numbered as before 2003; since E.O. 13292 the reasons"
                            + " are 1.4: write 1.4" + r.substring(3));
                } else if (v14 && before2003) {
                    out.warning(at, "reason " + reason + " is numbered as after March 2003; at the cable's date the"
                            + " reasons were 1.5: write 1.5" + r.substring(3));
                }
            }
        }

        /** E.O. 12958 (1995, amended 2003) and 13526 (2009) use §1.4/§1.5 reasons; an unknown order after 1995 too. */
        private static boolean modernOrder(LintContext c) {
            EoLine eo = c.telegram().eo();
            String order = eo == null ? null : eo.order();
            if (order != null) return order.equals("12958") || order.equals("13526");
            LocalDate dated = dateOf(c.dtg());
            return dated != null && dated.getYear() >= 1995;
        }
    }
}
