package org.chancery.cable.lint;

import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Severity;
import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Envelope;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Section 5, rules 5 and 6: routing indicators, plain language addresses, MCNs, XMT. */
final class AddressRules {

    private AddressRules() {
    }

    /** Rule 5: every RI well formed and known; every PLAD matches its RI. */
    static final class RoutingIndicator extends NamedRule {
        RoutingIndicator() {
            super("routing-indicator", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null) return;
            Locator at = c.locate();
            if (e.routing() != null) {
                for (String ri : e.routing().indicators()) shape(ri, "FL2", at.find(ri, Kind.ROUTING), out);
            }
            RoutingIndicators stations = c.catalogs().stations();
            if (e.station() != null && e.station().station() != null) {
                String ri = e.station().station();
                Position p = at.find(ri, Kind.STATION);
                if (shape(ri, "FL3", p, out) && stations != null) {
                    List<String> names = stations.names(ri);
                    if (names.isEmpty()) unknown(ri, p, out);
                    else if (e.from() != null && e.from().ri() == null && e.from().plad() != null
                            && !sameStation(e.from().plad(), names)) {
                        out.warning(p, "FL3 station " + ri + " is " + names.get(0) + " but FM says "
                                + e.from().plad() + ": use the RI of " + e.from().plad() + " on FL3 or correct FM");
                    }
                }
            }
            if (e.from() != null) checkAddresses(List.of(e.from()), "FM", Kind.FROM, c, out);
            checkAddresses(e.to(), "TO", Kind.TO, c, out);
            checkAddresses(e.info(), "INFO", Kind.INFO, c, out);
        }

        private static void checkAddresses(List<Address> list, String line, Kind kind, LintContext c, Findings out) {
            RoutingIndicators stations = c.catalogs().stations();
            for (Address a : list) {
                if (a.ri() == null) continue;
                Position p = c.locate().find(a.ri() + "/", kind, Kind.TO, Kind.INFO);
                // Collectives are lists of stations, not one: the RI book does not list them.
                if (!shape(a.ri(), line, p, out) || stations == null || a.isCollective()
                        || stations.isCollective(a.ri())) {
                    continue;
                }
                List<String> names = stations.names(a.ri());
                if (names.isEmpty()) {
                    unknown(a.ri(), p, out);
                } else if (a.plad() != null && isStateStation(a.ri()) && !sameStation(a.plad(), names)) {
                    out.warning(p, a.ri() + " is " + names.get(0) + " in the routing indicator catalog but the"
                            + " address says " + a.plad() + ": use the RI of " + a.plad() + " or correct the address");
                }
            }
        }

        private static boolean shape(String ri, String where, Position p, Findings out) {
            if (RoutingIndicators.isWellFormed(ri)) return true;
            out.error(p, where + " routing indicator " + ri + " is not an RI (R then 3 to 6 capital letters):"
                    + " correct it from the routing indicator book");
            return false;
        }

        private static void unknown(String ri, Position p, Findings out) {
            out.info(p, "routing indicator " + ri + " is not in the routing indicator catalog: check it, or add"
                    + " the station to the catalog");
        }
    }

    /**
     * Whether an RI is one of State's own stations ({@code RUEH…}), one post each. Other networks front many
     * addressees with one gateway RI ({@code RHMFISS/CDR USEUCOM VAIHINGEN GE}), so their PLADs cannot be
     * checked against the station name.
     */
    static boolean isStateStation(String ri) {
        return ri.startsWith("RUEH");
    }

    /** Words that say what kind of office an address is, not which one; and Washington, where many share relays. */
    private static final Set<String> GENERIC = Set.of("AMEMBASSY", "AMCONSUL", "AMEMB", "EMBASSY", "CONSULATE",
            "AMCONSULATE", "USMISSION", "MISSION", "USDEL", "US", "USLO", "USOFFICE", "AMERICAN", "DEPT", "OF", "THE",
            "AND", "FOR", "TO");

    /**
     * Whether a PLAD and a station name from the RI book name the same station. The book's names are not
     * PLADs ({@code RUEHC} is {@code DEPT OF STATE WASHINGTON DC}, addressed {@code SECSTATE WASHDC}), so this
     * only asks that they share a significant word (usually the city); Washington addresses share relays
     * ({@code RUEKJCS/SECDEF WASHDC}) and always match.
     */
    static boolean sameStation(String plad, List<String> stationNames) {
        for (String station : stationNames) {
            Set<String> a = significant(plad);
            Set<String> b = significant(station);
            if (a.contains("WASHINGTON") && b.contains("WASHINGTON")) return true;
            a.retainAll(b);
            if (!a.isEmpty()) return true;
        }
        return false;
    }

    private static Set<String> significant(String name) {
        Set<String> out = new HashSet<>();
        for (String w : Words.of(name.replace('/', ' ').replace(',', ' ').replace('.', ' '))) {
            if (w.equals("WASHDC")) w = "WASHINGTON";
            if (!GENERIC.contains(w) && !w.equals("DC")) out.add(w);
        }
        return out;
    }

    /** Rule 6: MCNs are 4 digits and collectives carry none. */
    static final class Mcn extends NamedRule {
        Mcn() {
            super("mcn", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null) return;
            check(e.to(), Kind.TO, c, out);
            check(e.info(), Kind.INFO, c, out);
        }

        private static void check(List<Address> list, Kind kind, LintContext c, Findings out) {
            for (Address a : list) {
                if (a.mcn() == null) continue;
                Position p = c.locate().find(a.plad(), kind, Kind.TO, Kind.INFO);
                if (a.isCollective()) {
                    out.error(p, a.plad() + " is a collective and carries no MCN: remove " + a.mcn());
                } else if (!EnvelopeRules.digits(a.mcn(), 4, 4)) {
                    out.error(p, "MCN " + a.mcn() + " of " + a.plad() + " must be 4 digits: write "
                            + fourDigits(a.mcn()));
                }
            }
        }

        private static String fourDigits(String mcn) {
            if (EnvelopeRules.digits(mcn, 1, 3)) return "0".repeat(4 - mcn.length()) + mcn;
            if (EnvelopeRules.digits(mcn, 5, 99)) return "its last four digits, " + mcn.substring(mcn.length() - 4);
            return "the addressee's next message continuity number";
        }
    }

    /** Rule 6: XMT only after a collective. */
    static final class XmtPlacement extends NamedRule {
        XmtPlacement() {
            super("xmt-placement", Severity.ERROR);
        }

        @Override
        public void check(LintContext c, Findings out) {
            Envelope e = c.envelope();
            if (e == null || e.exclusions().isEmpty()) return;
            Position xmt = c.locate().find("XMT", Kind.EXCLUSION);
            Address collective = null;
            for (Address a : e.to()) if (collective == null && a.isCollective()) collective = a;
            for (Address a : e.info()) if (collective == null && a.isCollective()) collective = a;
            if (collective == null) {
                out.error(xmt, "XMT " + String.join(", ", e.exclusions()) + " excludes posts from a collective, but"
                        + " no collective is addressed: remove the XMT line or address the collective");
                return;
            }
            Position col = c.locate().find(collective.plad(), Kind.TO, Kind.INFO);
            if (!xmt.isWhole() && !col.isWhole() && xmt.line() < col.line()) {
                out.error(xmt, "XMT comes before the collective it applies to (" + collective.plad()
                        + "): move the XMT line after the addressees");
            }
        }
    }
}
