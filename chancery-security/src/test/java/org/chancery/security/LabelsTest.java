package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Telegram;
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
        assertThat(Labels.ofPortionMark(new PortionMark(null, List.of(), "Q"))).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark(new PortionMark(Level.SECRET, List.of("WNINTEL"), "S/WN")))
                .isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark("")).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(Labels.ofPortionMark((String) null)).isInstanceOf(ParsedLabel.Malformed.class);
    }

    @Test
    void relToAsCablesWriteIt() {
        // the United States is implied; what is not a country code is dropped (stricter, never looser) and noted
        assertThat(text(Labels.ofPortionMark("S//REL TO GBR"))).isEqualTo("SECRET//REL TO USA, GBR");
        assertThat(text(Labels.ofPortionMark("S/REL NATO"))).isEqualTo("SECRET//REL TO USA, NATO");
        assertThat(text(Labels.ofPortionMark("C/REL NATO and AUS"))).isEqualTo("CONFIDENTIAL//REL TO USA, AUS, NATO");
        assertThat(text(Labels.ofPortionMark("S//REL"))).isEqualTo("SECRET//REL TO USA");
        List<String> findings = new java.util.ArrayList<>();
        PortionMark m = org.chancery.cable.read.PortionMarks.parse("S/REL South Korea");
        assertThat(text(Labels.ofPortionMark(m, findings))).isEqualTo("SECRET//REL TO USA");
        assertThat(findings).singleElement().asString().contains("'SOUTH KOREA' is not a country code");
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
        // the reader never makes a mark without a level, but a model built elsewhere may
        ParsedCable p = Fixtures.valletta();
        Telegram t = p.cable().telegram();
        List<Block> body = new java.util.ArrayList<>(t.body());
        Block.Paragraph second = (Block.Paragraph) body.get(1);
        body.set(1, new Block.Paragraph(second.number(), new PortionMark(null, List.of(), "Q"), second.text()));
        Cable cable = new Cable(p.cable().envelope(), new Telegram(t.classification(), t.captions(), t.passing(),
                t.eo(), t.tags(), t.subject(), t.references(), t.classifiedBy(), body, t.signers()));
        ParsedCable broken = new ParsedCable(p.name(), p.format(), p.source(), p.text(), cable, p.segments(),
                p.diagnostics());
        EffectiveLabels e = Labels.effective(broken);
        assertThat(e.governing()).isInstanceOf(ParsedLabel.Malformed.class);
        assertThat(e.blocks()).allMatch(l -> l instanceof ParsedLabel.Malformed);
        assertThat(e.findings()).singleElement().asString().contains("without a level");
        Principal top = new Principal("top", Level.TOP_SECRET, java.util.Set.of(), java.util.Set.of("USA", "GBR"),
                java.util.Set.of(), java.util.Set.of(Role.ADMINISTRATOR));
        assertThat(Redactor.redact(top, broken, Policy.DOCUMENT)).isEmpty();
        assertThat(Redactor.redact(top, broken, Policy.PORTION)).isEmpty();
    }

    @Test
    void ofCableAndFactsAgreesWithOfParsedCable() {
        ParsedCable p = Fixtures.valletta();
        assertThat(Labels.ofCable(p.cable(), CableFacts.of(p))).isEqualTo(Labels.ofCable(p));
        assertThat(Labels.effective(p.cable(), CableFacts.of(p)).blocks()).hasSize(List.copyOf(
                p.cable().telegram().body()).size());
    }
}
