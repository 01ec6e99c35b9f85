package org.chancery.switching.routing;

import org.chancery.cable.model.Precedence;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.Addressing;
import org.chancery.switching.draft.DraftCable;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkFile;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RouterTest {

    /** Two relays, one collective, a post accredited to CONFIDENTIAL only. */
    static final Network NET = NetworkFile.parse("""
            {"catalog": {"posts": false, "routingIndicators": false},
             "stations": [
               {"ri": "RUEH", "plad": "STATE RELAY", "kind": "relay", "accreditation": "TOP SECRET"},
               {"ri": "RUEK", "plad": "DEFENSE RELAY", "kind": "relay", "accreditation": "TOP SECRET"},
               {"ri": "RUEHC", "plad": "SECSTATE WASHDC", "kind": "department", "post": "STATE", "accreditation": "TOP SECRET"},
               {"ri": "RUEHAA", "plad": "AMEMBASSY ALPHA", "post": "ALPHA"},
               {"ri": "RUEHBB", "plad": "AMEMBASSY BRAVO", "post": "BRAVO"},
               {"ri": "RUEHCC", "plad": "AMCONSUL CHARLIE", "post": "CHARLIE", "accreditation": "CONFIDENTIAL"},
               {"ri": "RUEHDD", "plad": "AMEMBASSY DELTA", "post": "DELTA"},
               {"ri": "RUEKJCS", "plad": "SECDEF WASHDC", "kind": "agency", "accreditation": "TOP SECRET"},
               {"ri": "RHEHNSC", "plad": "NSC WASHDC", "kind": "agency", "accreditation": "TOP SECRET"}
             ],
             "collectives": [{"ri": "RUEHZZ", "plad": "TEST COLLECTIVE", "members": ["RUEHAA", "RUEHBB", "RUEHCC", "RUEHDD"]}],
             "relays": [{"prefix": "RUEH", "via": "RUEH"}, {"prefix": "RUEK", "via": "RUEK"}]}
            """, "test", null);

    private static RoutePlan plan(String classification, List<Addressee> to, List<Addressee> info, List<String> xmt) {
        DraftContent c = new DraftContent("RUEHAA", "x", List.of(), classification, null, to, info, xmt, List.of(),
                List.of(), null, null, List.of(), null, List.of(), null, List.of(), null);
        DraftCable.Resolved r = DraftCable.resolve(c, NET);
        assertThat(r.problems()).isEmpty();
        return new Router(NET).plan(r.addressing());
    }

    @Test
    void collectiveExpandsWithoutItsExclusionsNorTheOriginator() {
        RoutePlan p = plan("CONFIDENTIAL", List.of(Addressee.of("RUEHC")), List.of(Addressee.of("TEST COLLECTIVE")),
                List.of("AMEMBASSY DELTA"));
        assertThat(p.legs()).hasSize(1);
        Leg leg = p.legs().get(0);
        assertThat(leg.nextHop()).isEqualTo("RUEH");
        assertThat(leg.indicators()).containsExactly("RUEHC", "RUEHBB", "RUEHCC");
        assertThat(leg.recipients().get(1).via()).isEqualTo("RUEHZZ");
        assertThat(p.undeliverable()).isEmpty();
    }

    @Test
    void addresseesAreGroupedPerNextHop() {
        RoutePlan p = plan("SECRET", List.of(Addressee.of("RUEHC"), Addressee.of("RUEKJCS")),
                List.of(Addressee.of("RUEHBB"), Addressee.of("RHEHNSC")), List.of());
        assertThat(p.legs()).extracting(Leg::nextHop).containsExactly("RUEH", "RUEK", "RHEHNSC");
        assertThat(p.legs().get(0).indicators()).containsExactly("RUEHC", "RUEHBB");
        assertThat(p.legs().get(2).action()).isEqualTo(Precedence.ROUTINE);
    }

    @Test
    void aFlashWithMixedPrecedencesTravelsApart() {
        RoutePlan p = plan("SECRET", List.of(new Addressee("RUEHC", "FLASH")),
                List.of(new Addressee("RUEHBB", "PRIORITY"), Addressee.of("RUEHDD")), List.of());
        assertThat(p.legs()).hasSize(2);
        Leg flash = p.legs().get(0);
        assertThat(flash.precedence()).isEqualTo(Precedence.FLASH);
        assertThat(flash.indicators()).containsExactly("RUEHC");
        Leg rest = p.legs().get(1);
        assertThat(rest.nextHop()).isEqualTo("RUEH");
        assertThat(rest.indicators()).containsExactly("RUEHBB", "RUEHDD");
        assertThat(rest.action()).isEqualTo(Precedence.PRIORITY);
        assertThat(rest.info()).isEqualTo(Precedence.PRIORITY);
        assertThat(rest.precedence()).isEqualTo(Precedence.PRIORITY);
    }

    @Test
    void aStationAccreditedBelowTheCableDoesNotReceiveIt() {
        RoutePlan p = plan("SECRET", List.of(Addressee.of("RUEHC")), List.of(Addressee.of("RUEHZZ")), List.of());
        assertThat(p.legs().get(0).indicators()).containsExactly("RUEHC", "RUEHBB", "RUEHDD");
        assertThat(p.undeliverable()).singleElement().satisfies(u -> {
            assertThat(u.station().ri()).isEqualTo("RUEHCC");
            assertThat(u.via()).isEqualTo("RUEHZZ");
            assertThat(u.reason()).contains("AMCONSUL CHARLIE", "CONFIDENTIAL", "SECRET");
        });
    }

    @Test
    void aStationAddressedTwiceGetsOneCopyAtItsHighestPrecedence() {
        RoutePlan p = plan("CONFIDENTIAL", List.of(new Addressee("RUEHBB", "IMMEDIATE")),
                List.of(Addressee.of("RUEHZZ")), List.of());
        List<Recipient> rs = p.legs().get(0).recipients();
        assertThat(rs).extracting(r -> r.station().ri()).containsExactly("RUEHBB", "RUEHCC", "RUEHDD");
        assertThat(rs.get(0).precedence()).isEqualTo(Precedence.IMMEDIATE);
        assertThat(rs.get(0).action()).isTrue();
        assertThat(rs.get(0).via()).isNull();
    }

    @Test
    void addressingExposesTheHighestPrecedence() {
        DraftContent c = new DraftContent("RUEHAA", "x", List.of(), "SECRET", "PRIORITY",
                List.of(Addressee.of("RUEHC")), List.of(), List.of(), List.of(), List.of(), null, null, List.of(),
                null, List.of(), null, List.of(), null);
        Addressing a = DraftCable.resolve(c, NET).addressing();
        assertThat(Addressing.highest(a.to())).isEqualTo(Precedence.PRIORITY);
    }
}
