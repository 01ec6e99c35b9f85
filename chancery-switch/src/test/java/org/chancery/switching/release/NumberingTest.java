package org.chancery.switching.release;

import org.chancery.cable.Cables;
import org.chancery.cable.Severity;
import org.chancery.cable.lint.Linter;
import org.chancery.switching.Fixtures;
import org.chancery.switching.MutableClock;
import org.chancery.switching.Transmission;
import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.DraftContent;
import org.chancery.switching.network.Network;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberingTest {

    @TempDir
    Path dir;

    private static DraftContent toDepartment(String drafter, String originator) {
        DraftContent s = Fixtures.seedLike();
        return new DraftContent(originator, drafter, List.of(), s.classification(), null,
                List.of(Addressee.of("RUEHC")), List.of(Addressee.of("RUEHZL"), Addressee.of("RUEHLO"),
                Addressee.of("RUEKJCS")), List.of(), s.captions(), List.of(), null, null, s.tags(), s.subject(),
                List.of(), s.classifiedBy(), s.paragraphs(), "Doe");
    }

    @Test
    void mrnPerPostPerYearMcnPerAddresseeChannelSequences() {
        MutableClock clock = new MutableClock("2009-12-31T23:50:00Z");
        try (SwitchStore store = SwitchStore.open(dir)) {
            DraftWorkflow flow = DraftWorkflow.of(store, Network.builtIn(), clock);
            List<Release> prague = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                prague.add(flow.send(toDepartment("pol-officer", "RUEHPG"), "charge"));
                clock.advance(Duration.ofMinutes(1));
            }
            assertThat(prague).extracting(Release::cableId).containsExactly("09PRAGUE1", "09PRAGUE2", "09PRAGUE3");
            assertThat(prague).extracting(r -> r.mcns().get("RUEHC")).containsExactly("0001", "0002", "0003");
            assertThat(prague).extracting(r -> r.mcns().get("RUEHLO")).containsExactly("0001", "0002", "0003");
            // none for the collective, none for an agency
            assertThat(prague.get(0).mcns()).containsOnlyKeys("RUEHC", "RUEHLO");
            assertThat(prague.get(0).text()).contains("INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE\nRUEHLO/AMEMBASSY"
                    + " LONDON 0001\nRUEKJCS/SECDEF WASHDC\n");
            // channel sequence per channel: Prague to the State relay is XRO (network file); to SECDEF a new one
            assertThat(prague).extracting(r -> r.transmissions().get(0).transmissionId())
                    .containsExactly("XRO0001", "XRO0002", "XRO0003");
            assertThat(prague).extracting(r -> r.transmissions().get(1).transmissionId())
                    .containsExactly("AAA0001", "AAA0002", "AAA0003");

            // The Department numbers apart; its MCNs to London are its own.
            Release dept = flow.send(toDepartment("desk-officer", "RUEHC").withDrafter("desk-officer"), "ops-center");
            assertThat(dept.cableId()).isEqualTo("09STATE1");
            assertThat(dept.mcns()).containsEntry("RUEHLO", "0001");

            // A new year starts the MRNs again, not the MCNs or the channels.
            clock.set("2010-01-01T00:01:00Z");
            Release jan = flow.send(toDepartment("pol-officer", "RUEHPG"), "charge");
            assertThat(jan.cableId()).isEqualTo("10PRAGUE1");
            assertThat(jan.mcns()).containsEntry("RUEHC", "0004");
            assertThat(jan.transmissions().get(0).transmissionId()).isEqualTo("XRO0004");
            assertThat(jan.text()).contains("DE RUEHPG #0001 0010001\n", "R 010001Z JAN 10\n");
        }
    }

    @Test
    void countersAreNeverLowered() {
        try (SwitchStore store = SwitchStore.open(dir)) {
            store.continueMrn("PRAGUE", 2009, 100);
            assertThatThrownBy(() -> store.continueMrn("PRAGUE", 2009, 99))
                    .hasMessageContaining("never lowered");
        }
    }

    @Test
    void mcnsAndChannelSequencesGoRoundAfter9999() {
        assertThat(Numbering.cycle(9999)).isEqualTo(9999);
        assertThat(Numbering.cycle(10000)).isEqualTo(1);
        assertThat(Numbering.cycle(1)).isEqualTo(1);
    }

    @Test
    void aLongCableGoesInSectionsEachItsOwnTransmission() {
        MutableClock clock = new MutableClock("2009-10-02T14:44:00Z");
        DraftContent s = toDepartment("pol-officer", "RUEHPG");
        List<String> paragraphs = new ArrayList<>();
        String sentence = "The ministry repeated its position on the consultations and asked for a reply. ";
        for (int i = 0; i < 40; i++) paragraphs.add("(C) " + String.join("", Collections.nCopies(3, sentence)));
        DraftContent longOne = Fixtures.with(s, "CONFIDENTIAL", s.to(), s.info(), List.of(), List.of(), paragraphs);
        try (SwitchStore store = SwitchStore.open(dir)) {
            Release r = DraftWorkflow.of(store, Network.builtIn(), clock).send(longOne, "charge");
            List<Transmission> relay = r.transmissions().stream().filter(t -> t.destination().equals("RUEH")).toList();
            int n = relay.size();
            assertThat(n).isGreaterThan(1);
            for (int i = 0; i < n; i++) {
                Transmission t = relay.get(i);
                String sec = String.format("%02d", i + 1);
                assertThat(t.section()).isEqualTo(i + 1);
                assertThat(t.transmissionId()).isEqualTo(String.format("XRO%04d", i + 1));
                assertThat(t.text()).startsWith("VZCZC" + t.transmissionId() + "\n")
                        .contains("DE RUEHPG #0001/" + sec + " 2751444\n")
                        .contains("CONFIDENTIAL SECTION " + sec + " OF " + String.format("%02d", n) + " PRAGUE 000001\n");
                // Later sections carry no Classified By (the writer puts it in the first only), which lint,
                // reading one section as a whole cable, does not know: only the first is linted here.
                if (i == 0) {
                    assertThat(Linter.lintDraft(Cables.read(t.text(), "s" + i)))
                            .filteredOn(d -> d.severity() == Severity.ERROR).isEmpty();
                }
            }
        }
    }
}
