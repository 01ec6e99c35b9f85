package org.chancery.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.model.Level;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The decision is monotone, total and consistent with the order of labels. */
class DecisionProperties {

    @Provide
    Arbitrary<Principal> principals() {
        return SecurityArbitraries.principals();
    }

    @Provide
    Arbitrary<Label> labels() {
        return SecurityArbitraries.labels();
    }

    @Provide
    Arbitrary<Level> levels() {
        return SecurityArbitraries.levels();
    }

    @Provide
    Arbitrary<Set<String>> extras() {
        return Arbitraries.of(SecurityArbitraries.LISTS).set().ofMaxSize(3);
    }

    @Property(tries = 3000)
    void raisingClearanceOrAddingAuthorisationsNeverTurnsAllowIntoDeny(@ForAll("principals") Principal p,
            @ForAll("labels") Label l, @ForAll("levels") Level higher, @ForAll("extras") Set<String> lists,
            @ForAll("extras") Set<String> more) {
        if (AccessDecider.decide(p, l).denied()) return;
        Principal raised = p.withClearance(Level.max(p.clearance(), higher))
                .withAccessLists(union(p.accessLists(), lists))
                .withNationalities(union(p.nationalities(), Set.of(SecurityArbitraries.COUNTRIES.get(more.size()))))
                .withMemberships(union(p.memberships(), Set.of(SecurityArbitraries.PLACES.get(lists.size()))));
        assertThat(AccessDecider.decide(raised, l).allowed()).as(raised + " / " + l).isTrue();
    }

    @Property(tries = 3000)
    void aJoinIsReadOnlyByWhoeverMayReadBothParts(@ForAll("principals") Principal p, @ForAll("labels") Label a,
            @ForAll("labels") Label b) {
        Label j = a.join(b);
        assertThat(j.dominates(a)).isTrue();
        assertThat(j.dominates(b)).isTrue();
        boolean both = AccessDecider.decide(p, a).allowed() && AccessDecider.decide(p, b).allowed();
        if (AccessDecider.decide(p, j).allowed()) assertThat(both).as(p + " / " + a + " / " + b).isTrue();
        // and no further than needed: level and controls are exactly the conjunction (REL TO is not: the join
        // names the countries both name, so a principal of two nationalities may read each part but not the join)
        if (a.distribution().equals(b.distribution()) && (a.relTo().isEmpty() || b.relTo().isEmpty())) {
            assertThat(AccessDecider.decide(p, j).allowed()).isEqualTo(both);
        }
    }

    /** A label and one it dominates. */
    record Pair(Label label, Label weaker) {
    }

    @Provide
    Arbitrary<Pair> dominatedPairs() {
        return SecurityArbitraries.labels().flatMap(l -> SecurityArbitraries.weakened(l).map(w -> new Pair(l, w)));
    }

    @Property(tries = 3000)
    void whoeverMayReadALabelMayReadAnyLabelItDominates(@ForAll("principals") Principal p,
            @ForAll("dominatedPairs") Pair pair) {
        Label l = pair.label();
        Label weaker = pair.weaker();
        assertThat(l.dominates(weaker)).as(l + " over " + weaker).isTrue();
        if (AccessDecider.decide(p, l).allowed()) {
            assertThat(AccessDecider.decide(p, weaker).allowed()).as(p + " / " + l + " / " + weaker).isTrue();
        }
    }

    @Property(tries = 2000)
    void theLabelTextReadsBackAsTheSameLabel(@ForAll("labels") Label l) {
        assertThat(Labels.parse(l.toString())).isEqualTo(ParsedLabel.of(l));
    }

    @Property(tries = 3000)
    void anyStringGetsADecisionAndMalformedOnesAreDenied(@ForAll("principals") Principal p, @ForAll String s) {
        ParsedLabel parsed = Labels.parse(s);
        Decision d = AccessDecider.decide(p, s);
        if (parsed instanceof ParsedLabel.Malformed) {
            assertThat(d.reason()).isEqualTo(Reason.MALFORMED_LABEL);
        } else {
            assertThat(Labels.parse(parsed.labelOrNull().toString())).isEqualTo(parsed);
        }
    }

    @Property(tries = 3000)
    void labelLikeStringsGetADecision(@ForAll("principals") Principal p, @ForAll("labelish") String s) {
        Decision d = AccessDecider.decide(p, s);
        assertThat(d).isNotNull();
        if (d.allowed()) assertThat(d).isSameAs(Decision.ALLOW);
    }

    @Provide
    Arbitrary<String> labelish() {
        Arbitrary<String> piece = Arbitraries.of("SECRET", "TOP SECRET", "//", "/", "NOFORN", "REL TO", " USA", ",",
                " GBR", "SIPDIS", "DIST", " PRAGUE", " ", "secret", "", "NODIS", "CONFIDENTIAL", "SBU");
        return piece.list().ofMaxSize(7).map(l -> String.join("", l));
    }

    @Property(tries = 1000)
    void theAllowPathReturnsTheSharedDecision(@ForAll("principals") Principal p, @ForAll("labels") Label l) {
        Decision d = AccessDecider.decide(p, l);
        if (d.allowed()) assertThat(d).isSameAs(Decision.ALLOW);
        else assertThat(d.message()).isNotBlank();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }
}
