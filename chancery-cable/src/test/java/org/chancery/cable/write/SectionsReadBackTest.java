package org.chancery.cable.write;

import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The sections of a long cable, one after the other in one text, read back as the cable they were cut from. */
class SectionsReadBackTest {

    private static final Cable LONG = longCable();
    private static final List<String> SECTIONS = CanonicalWriter.writeSections(LONG, 1500);

    /** The long cable as the reader gives it (numbered paragraphs): what the joined sections must equal. */
    private static Cable longCable() {
        Cable written = CanonicalWriterTest.longCable(12);
        return Cables.read(CanonicalWriter.write(written, 1_000_000), null).cable();
    }

    @Test
    void allSectionsInOrderReadBackAsTheWholeCable() {
        assertThat(SECTIONS).hasSizeGreaterThan(2);
        String text = String.join("", SECTIONS);

        ParsedCable read = Cables.read(text, null);

        assertThat(read.cable()).isEqualTo(LONG);
        assertThat(read.original()).isEqualTo(text);
        assertThat(rules(read)).doesNotContain("section-sequence");
    }

    @Test
    void aSectionReadAloneKeepsItsSectionNumbers() {
        ParsedCable read = Cables.read(SECTIONS.get(0), null);

        ClassificationLine line = read.cable().telegram().classification();
        assertThat(line.section()).isEqualTo(1);
        assertThat(line.sections()).isEqualTo(SECTIONS.size());
        assertThat(read.cable().envelope().station().section()).isEqualTo("01");
        assertThat(rules(read)).doesNotContain("section-sequence");
    }

    @Test
    void aMissingSectionIsReportedAndTheSectionNumbersAreKept() {
        String text = SECTIONS.get(0) + SECTIONS.get(2);

        ParsedCable read = Cables.read(text, null);

        assertThat(messages(read)).anyMatch(m -> m.contains("section 3 follows section 1") && m.contains("missing"));
        assertThat(read.cable().telegram().classification().section()).isEqualTo(1);
        assertThat(read.original()).isEqualTo(text);
    }

    @Test
    void sectionsOutOfOrderOrTwiceAreReported() {
        assertThat(messages(Cables.read(SECTIONS.get(1) + SECTIONS.get(0), null)))
                .anyMatch(m -> m.contains("follows section 2") && m.contains("in order"));
        assertThat(messages(Cables.read(SECTIONS.get(0) + SECTIONS.get(0) + SECTIONS.get(1), null)))
                .anyMatch(m -> m.contains("twice"));
    }

    @Test
    void aSectionOfAnotherCableIsReported() {
        String other = SECTIONS.get(1).replace("#0589", "#0612").replace("PRAGUE 000589", "PRAGUE 000612");

        ParsedCable read = Cables.read(SECTIONS.get(0) + other, null);

        assertThat(messages(read)).anyMatch(m -> m.contains("another cable"));
        assertThat(read.cable().telegram().classification().section()).isEqualTo(1);
    }

    @Test
    void sectionsWithoutAnEnvelopeReadBackToo() {
        Cable bare = new Cable(null, LONG.telegram());
        String text = CanonicalWriter.write(bare, 1500);
        assertThat(text).contains("SECTION 02 OF");

        ParsedCable read = Cables.read(text, null);

        assertThat(read.cable()).isEqualTo(bare);
        assertThat(read.original()).isEqualTo(text);
    }

    @Test
    void aRepeatedFirstSectionLineIsNotASectionOfItsOwn() {
        // A page heading repeats the classification line of section 01: that is no second section.
        String first = SECTIONS.get(0);
        int at = first.indexOf("\n1. (C)");
        String text = first.substring(0, at) + "\nCONFIDENTIAL SECTION 01 OF 0" + SECTIONS.size() + " PRAGUE 000589\n"
                + first.substring(at);

        ParsedCable read = Cables.read(text, null);

        assertThat(rules(read)).doesNotContain("section-sequence");
        assertThat(read.cable().telegram().classification().section()).isEqualTo(1);
    }

    private static List<String> rules(ParsedCable read) {
        return read.diagnostics().stream().map(Diagnostic::rule).toList();
    }

    private static List<String> messages(ParsedCable read) {
        return read.diagnostics().stream().filter(d -> d.rule().equals("section-sequence"))
                .map(Diagnostic::message).toList();
    }
}
