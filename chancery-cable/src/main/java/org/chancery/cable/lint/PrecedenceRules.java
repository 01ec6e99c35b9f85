package org.chancery.cable.lint;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.Precedence;

import java.util.ArrayList;
import java.util.List;

/** Section 5, rule 2: precedence on FL2 against the addressees', and FLASH traffic. */
final class PrecedenceRules {

    private PrecedenceRules() {
    }

    /**
     * An addressee's precedence: the one on its line, else FL5's (its second precedence for info addressees
     * when FL5 gives two), else ROUTINE, which State leaves unwritten.
     */
    static Precedence effective(Address a, Envelope e, boolean info) {
        if (a.precedence() != null) return a.precedence();
        Envelope.FormatLine f = e.format();
        if (f != null) {
            if (info && f.second() != null) return f.second();
            if (f.precedence() != null) return f.precedence();
        }
        return Precedence.ROUTINE;
    }

    /** The highest precedence of some addressees, or null when there are none. */
    static Precedence highest(List<Address> addresses, Envelope e, boolean info) {
        Precedence best = null;
        for (Address a : addresses) {
            Precedence p = effective(a, e, info);
            if (best == null || p.outranks(best)) best = p;
        }
        return best;
    }

    /** Rule 2: the FL2 digraph = the highest action precedence, then the highest info precedence. */
    static final class Fl2Precedence extends NamedRule {
        Fl2Precedence() {
            super("fl2-precedence", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null || e.routing() == null || e.routing().action() == null) return;
            Envelope.RoutingLine r = e.routing();
            Position at = c.locate().first(Kind.ROUTING);
            Precedence action = highest(e.to(), e, false);
            if (action != null && differs(r.action(), action)) {
                out.error(at, "FL2 begins " + r.action().prosign() + " (" + r.action().word() + ") but the highest"
                        + " action precedence is " + action.word() + ": make the first letter of FL2 "
                        + action.prosign());
            }
            // State sends the info copies at the action precedence (OO with PRIORITY info addressees is the
            // norm): a second letter above the info addressees' is practice; below them, they would be delayed.
            Precedence info = highest(e.info(), e, true);
            if (info != null && r.info() != null && r.info().prosign() != '\0' && info.prosign() != '\0'
                    && info.outranks(r.info()) && differs(r.info(), info)) {
                out.error(at, "the second letter of FL2 is " + r.info().prosign() + " (" + r.info().word()
                        + ") but an info addressee is " + info.word() + ": make it " + info.prosign());
            }
        }

        /** NIACT IMMEDIATE and IMMEDIATE share the prosign O; CRITIC has none and is not compared. */
        private static boolean differs(Precedence written, Precedence wanted) {
            return written.prosign() != '\0' && wanted.prosign() != '\0' && written.prosign() != wanted.prosign();
        }
    }

    /** Rule 2: a FLASH message with addressees at other precedences goes as a separate transmission. */
    static final class FlashMixed extends NamedRule {
        FlashMixed() {
            super("flash-mixed", Severity.WARNING);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null) return;
            List<String> flash = new ArrayList<>();
            List<String> other = new ArrayList<>();
            for (Address a : e.to()) (effective(a, e, false) == Precedence.FLASH ? flash : other).add(name(a));
            for (Address a : e.info()) (effective(a, e, true) == Precedence.FLASH ? flash : other).add(name(a));
            if (flash.isEmpty() || other.isEmpty()) return;
            out.warning(c.locate().find(flash.get(0), Kind.TO, Kind.INFO), "FLASH for " + String.join(", ", flash)
                    + " but not for " + String.join(", ", other) + ": a FLASH with mixed precedences goes as a"
                    + " separate transmission; send the FLASH addressees their own message");
        }

        private static String name(Address a) {
            return a.plad() != null ? a.plad() : String.valueOf(a.ri());
        }
    }
}
