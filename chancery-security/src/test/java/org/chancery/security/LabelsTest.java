package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LabelsTest {

    private static String text(ParsedLabel p) {
        return p instanceof ParsedLabel.Valid v ? v.label().toString() : "MALFORMED " + p;
    }

    @Test
    void portionMarks() {
        assertThat(text(Labels.ofPortionMark("S/NF"))).isEqualTo("SECRET//NOFORN");
        assertThat(text(Labels.ofPortionMark("S//NF"))).isEqualTo("SECRET//NOFORN");
        assertThat(text(Labels.ofPortionMark("C/NF"))).isEqualTo("CONFIDENTIAL//NOFORN");
        assertThat(text(Labels.ofPortionMark("SBU/N"))).isEqualTo("SBU//NOFORN");
        assertThat(text(Labels.ofPortionMark("U"))).isEqualTo("UNCLASSIFIED");
        assertThat(text(Labels.ofPortionMark("U/FOUO"))).isEqualTo("SBU");
        assertThat(text(Labels.ofPortionMark("TS"))).isEqualTo("TOP SECRET");
        assertThat(text(Labels.ofPortionMark("LOU"))).isEqualTo("SBU");
        assertThat(text(Labels.ofPortionMark("S//REL TO USA, GBR"))).isEqualTo("SECRET//REL TO USA, GBR");
        assertThat(text(Labels.ofPortionMark("C//REL TO USA,GBR"))).isEqualTo("CONFIDENTIAL//REL TO USA, GBR");
        assertThat(text(Labels.ofPortionMark("S/NODIS"))).isEqualTo("SECRET//NODIS");
    }

    @Test
    void malformedPortionMarks() {
        assertThat(Labels.ofPortionMark("X")).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark("S//REL")).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark("S//REL TO GBR")).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark("")).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark((String) null)).isInstanceOf(ParsedLabel.Malformed.class);
    }

    @Test
    void writtenBannerOfASipdisCable() {
        assertThat(text(Labels.ofCable(Fixtures.valletta()))).isEqualTo("SECRET//NOFORN//SIPDIS");
    }

    @Test
    void writtenBannerOfANonSipdisCableNamesItsRecipients() {
        assertThat(text(Labels.ofCable(Fixtures.pragueExdis())))
                .isEqualTo("CONFIDENTIAL//EXDIS//DIST EUR/CE, PRAGUE, STATE");
    }

    @Test
    void aCableWithoutClassificationIsMalformedNotUnclassified() {
        ParsedCable p = Cables.read("1. Some text with no marking at all.\n", "X");
        assertThat(Labels.ofCable(p)).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.effective(p).governing()).isInstanceOf(ParsedLabel.Malformed.class);
    }

    @Test
    void effectiveLabelsOfEachPortion() {
        EffectiveLabels e = Labels.effective(Fixtures.valletta());
        assertThat(text(e.governing())).isEqualTo("SECRET//NOFORN//SIPDIS");
        assertThat(e.rollUp()).hasToString("SECRET//NOFORN");
        assertThat(e.findings()).isEmpty();
        assertThat(text(e.subject())).isEqualTo("UNCLASSIFIED//SIPDIS");
        assertThat(e.blocks()).extracting(LabelsTest::text).containsExactly(
                "CONFIDENTIAL//SIPDIS", "SECRET//NOFORN//SIPDIS", "UNCLASSIFIED//SIPDIS",
                "SECRET//NOFORN//SIPDIS", // unmarked: the governing banner
                "CONFIDENTIAL//SIPDIS");
    }

    @Test
    void documentWideCaptionsAndDistributionReachEveryPortion() {
        EffectiveLabels e = Labels.effective(Fixtures.pragueExdis());
        assertThat(text(e.subject())).isEqualTo("CONFIDENTIAL//EXDIS//DIST EUR/CE, PRAGUE, STATE");
        assertThat(e.blocks()).extracting(LabelsTest::text).containsExactly(
                "CONFIDENTIAL//EXDIS//DIST EUR/CE, PRAGUE, STATE", "UNCLASSIFIED//EXDIS//DIST EUR/CE, PRAGUE, STATE");
    }

    @Test
    void aPortionAboveTheBannerRaisesIt() {
        // banner CONFIDENTIAL, a SECRET//NOFORN paragraph: the stricter (the roll-up) governs
        String cable = """
                CONFIDENTIAL VALLETTA 000078

                SIPDIS

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: (U) LIGHTHOUSE KEEPERS

                1. (C) The keepers met on Tuesday.

                2. (S/NF) They spoke of the signal codes.
                """;
        EffectiveLabels e = Labels.effective(Cables.read(cable, "10VALLETTA78"));
        assertThat(text(e.written())).isEqualTo("CONFIDENTIAL//SIPDIS");
        assertThat(text(e.governing())).isEqualTo("SECRET//NOFORN//SIPDIS");
        assertThat(e.findings()).singleElement().asString().contains("differs");
        assertThat(e.blocks()).extracting(LabelsTest::text)
                .containsExactly("CONFIDENTIAL//SIPDIS", "SECRET//NOFORN//SIPDIS");
    }

    @Test
    void aBannerAboveEveryMarkedPortionMakesEveryPortionTakeIt() {
        // all marked, none SECRET, none NF, yet the banner is SECRET NOFORN: the marks cannot be trusted
        String cable = """
                SECRET VALLETTA 000079

                NOFORN
                SIPDIS

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: (U) LIGHTHOUSE KEEPERS

                1. (C) The keepers met on Tuesday.

                2. (U) They spoke of the weather.
                """;
        EffectiveLabels e = Labels.effective(Cables.read(cable, "10VALLETTA79"));
        assertThat(text(e.governing())).isEqualTo("SECRET//NOFORN//SIPDIS");
        assertThat(e.findings()).hasSize(2);
        assertThat(text(e.subject())).isEqualTo("SECRET//NOFORN//SIPDIS");
        assertThat(e.blocks()).extracting(LabelsTest::text)
                .containsExactly("SECRET//NOFORN//SIPDIS", "SECRET//NOFORN//SIPDIS");
    }

    @Test
    void whenSomePortionsAreUnmarkedTheMarkedOnesAreTrusted() {
        String cable = """
                SECRET VALLETTA 000080

                SIPDIS

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: (U) LIGHTHOUSE KEEPERS

                1. (C) The keepers met on Tuesday.

                2. They spoke of the signal codes.
                """;
        EffectiveLabels e = Labels.effective(Cables.read(cable, "10VALLETTA80"));
        assertThat(e.blocks()).extracting(LabelsTest::text)
                .containsExactly("CONFIDENTIAL//SIPDIS", "SECRET//SIPDIS");
    }

    @Test
    void relToRollsUpToTheCountriesEveryPortionNames() {
        Label a = Labels.ofPortionMark("S//REL TO USA, GBR, AUS").labelOrNull();
        Label b = Labels.ofPortionMark("C//REL TO USA, GBR, CAN").labelOrNull();
        Label c = Labels.ofPortionMark("C").labelOrNull();
        assertThat(a.join(b).join(c)).hasToString("SECRET//REL TO USA, GBR");
        assertThat(a.join(b).dominates(a)).isTrue();
        assertThat(a.dominates(a.join(b))).isFalse();
    }

    @Test
    void aMalformedPortionMarkMakesTheWholeCableUnreadable() {
        String cable = """
                SECRET VALLETTA 000081

                SIPDIS

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: (U) LIGHTHOUSE KEEPERS

                1. (C) The keepers met on Tuesday.

                2. (S//REL TO GBR) They spoke of the signal codes.
                """;
        ParsedCable p = Cables.read(cable, "10VALLETTA81");
        EffectiveLabels e = Labels.effective(p);
        assertThat(e.governing()).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(e.blocks()).allMatch(l -> l instanceof ParsedLabel.Malformed);
        assertThat(e.findings()).singleElement().asString().contains("REL TO");
        Principal top = new Principal("top", Level.TOP_SECRET, java.util.Set.of(), java.util.Set.of("USA", "GBR"),
                java.util.Set.of(), java.util.Set.of(Role.ADMINISTRATOR));
        assertThat(Redactor.redact(top, p, Policy.DOCUMENT)).isEmpty();
        assertThat(Redactor.redact(top, p, Policy.PORTION)).isEmpty();
    }

    @Test
    void ofCableAndFactsAgreesWithOfParsedCable() {
        ParsedCable p = Fixtures.valletta();
        assertThat(Labels.ofCable(p.cable(), CableFacts.of(p))).isEqualTo(Labels.ofCable(p));
        assertThat(Labels.effective(p.cable(), CableFacts.of(p)).blocks()).hasSize(List.copyOf(
                p.cable().telegram().body()).size());
    }
}
