package org.chancery.switching.release;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Severity;
import org.chancery.cable.lint.Linter;
import org.chancery.switching.Fixtures;
import org.chancery.switching.Transmission;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.draft.DraftState;
import org.chancery.switching.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** A draft addressed as the seed is, released at Prague on the seed's day, gives the seed's header. */
class SeedScenarioTest {

    @TempDir
    Path dir;

    @Test
    void releasedAtPragueItCarriesTheSeedsNumbersAndHeaderShape() {
        Clock clock = Clock.fixed(Instant.parse("2009-10-02T14:44:31Z"), ZoneOffset.UTC);
        try (SwitchStore store = SwitchStore.open(dir)) {
            // Prague came to Chancery with 588 cables behind it this year and 1801 to the Department.
            store.continueMrn("PRAGUE", 2009, 588);
            store.continueMcn("RUEHPG", "RUEHC", 1801);
            DraftWorkflow flow = DraftWorkflow.of(store, Network.builtIn(), clock);

            Draft d = flow.create(Fixtures.seedLike(), "pol-officer");
            assertThat(d.errors()).isEmpty();
            flow.submit(d.id(), "pol-officer");
            assertThat(flow.clear(d.id(), "pol-chief", "ok").state()).isEqualTo(DraftState.CLEARED);
            Release r = flow.release(d.id(), "charge");

            assertThat(r.cableId()).isEqualTo("09PRAGUE589");
            assertThat(r.mrn()).isEqualTo(589);
            assertThat(r.ssn()).isEqualTo("0589");
            assertThat(r.mcns()).containsExactly(java.util.Map.entry("RUEHC", "1802"));
            String text = r.text();
            assertThat(text).contains("""
                    DE RUEHPG #0589 2751444
                    ZNY CCCCC ZZH
                    R 021444Z OCT 09
                    FM AMEMBASSY PRAGUE
                    TO RUEHC/SECSTATE WASHDC 1802
                    INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
                    RUEAMDA/MDA WASHINGTON DC
                    RHEHNSC/NSC WASHDC
                    RUEKJCS/SECDEF WASHDC

                    BT
                    CONFIDENTIAL PRAGUE 000589

                    SIPDIS

                    E.O. 12958: DECL: 10/01/2011

                    TAGS: PARM PREL EZ EUN
                    """);
            assertThat(text).startsWith("VZCZCXRO0001\nRR RUEHC ");
            assertThat(text).contains("\nBT\n#0589\nNNNN\n");

            ParsedCable back = Cables.read(text, r.cableId());
            assertThat(Linter.lintDraft(back)).filteredOn(x -> x.severity() == Severity.ERROR).isEmpty();
            assertThat(back.cable().telegram().classification().mrn()).isEqualTo("000589");

            // One transmission to the State relay (the Department and the collective's members), one to each agency.
            assertThat(r.transmissions()).extracting(Transmission::destination)
                    .containsExactly("RUEH", "RUEAMDA", "RHEHNSC", "RUEKJCS");
            Transmission relay = r.transmissions().get(0);
            assertThat(relay.transmissionId()).isEqualTo("XRO0001");
            assertThat(relay.addressees()).extracting(a -> a.ri())
                    .contains("RUEHC", "RUEHFL", "RUEHKW", "RUEHLA", "RUEHNP", "RUEHROV", "RUEHSL", "RUEHSR")
                    .doesNotContain("RUEHZL", "RUEHPG");
            assertThat(relay.addressees().get(0).mcn()).isEqualTo("1802");
            assertThat(relay.addressees().subList(1, relay.addressees().size())).allMatch(a -> a.mcn() == null);
            assertThat(r.reports()).isEmpty();
            assertThat(flow.draft(d.id()).orElseThrow().state()).isEqualTo(DraftState.RELEASED);
        }
    }

    static void printErrors(java.util.List<Diagnostic> ds) {
        ds.forEach(System.out::println);
    }
}
