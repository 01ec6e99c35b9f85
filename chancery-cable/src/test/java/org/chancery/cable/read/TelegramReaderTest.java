package org.chancery.cable.read;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.Telegram;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The telegram text on cables written for these tests (fictional content in the real format), and the seed. */
class TelegramReaderTest {

    private static Telegram body(String text) {
        ReadContext ctx = new ReadContext(new Lines(text), "10VALLETTA77");
        Telegram t = TelegramReader.read(ctx, 0, null);
        ctx.fillTo(ctx.lines().count());
        return t;
    }

    private static final String CABLE = """
            C O N F I D E N T I A L SECTION 01 OF 02 VALLETTA 000077

            NOFORN
            SIPDIS SIPDIS

            DEPT FOR EUR/WE, EUR/RPM
            NSC FOR HALVERSEN

            E.O. 12958: DECL: 03/04/2020
            TAGS: PREL PGOV MT
            KDEM OVIP (RIVERA, ANNA)
            SUBJECT: (C) MALTESE MINISTER PREVIEWS HARBOUR TALKS
            AND FERRY DISPUTE
            REF: A. 09 VALLETTA 412
            B. STATE 12345 (NOTAL)

            C. 2009 SECSTATE 001234

            Classified By: Ambassador Lena Marsh for reasons 1.4 (b) and (d).

            1. (C) SUMMARY: The minister expects progress. END SUMMARY.

            2. (S/NF) The minister said the talks would resume.
            PAGE 02 VALLETTA 00077 01 OF 02 041200Z
            He added that nothing was settled.

            \u00B63. (C) COMMENT: We will watch closely. END COMMENT. 4. (U) A joined paragraph.
            MARSH
            """;

    @Test
    void headingFields() {
        Telegram t = body(CABLE);
        assertThat(t.classification().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(t.classification().section()).isEqualTo(1);
        assertThat(t.captions()).containsExactly("NOFORN", "SIPDIS");
        assertThat(t.passing()).containsExactly("DEPT FOR EUR/WE, EUR/RPM", "NSC FOR HALVERSEN");
        assertThat(t.eo().instruction()).isEqualTo(new Declassification.OnDate(LocalDate.of(2020, 3, 4)));
        assertThat(t.tags()).extracting(Tag::code).containsExactly("PREL", "PGOV", "MT", "KDEM", "OVIP");
        assertThat(t.tags().get(4).person()).isEqualTo("RIVERA, ANNA");
        assertThat(t.subject().mark().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(t.subject().text()).isEqualTo("MALTESE MINISTER PREVIEWS HARBOUR TALKS AND FERRY DISPUTE");
        assertThat(t.references()).extracting(Reference::id)
                .containsExactly("09VALLETTA412", "10STATE12345", "09STATE1234");
        assertThat(t.references().get(1).notal()).isTrue();
        assertThat(t.classifiedBy().name()).isEqualTo("Lena Marsh");
        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void bodyParagraphsMarkersAndSignature() {
        Telegram t = body(CABLE);
        List<Block.Paragraph> ps = t.paragraphs();
        assertThat(ps).extracting(Block.Paragraph::number).containsExactly(1, 2, 3, 4);
        assertThat(ps.get(1).marking().isNoforn()).isTrue();
        assertThat(ps.get(1).text()).isEqualTo("The minister said the talks would resume. He added that nothing was settled.");
        assertThat(ps.get(3).text()).isEqualTo("A joined paragraph.");
        assertThat(t.body()).anySatisfy(b -> assertThat(b).isEqualTo(
                new Block.PageMarker("PAGE 02 VALLETTA 00077 01 OF 02 041200Z")));
        assertThat(t.signers()).containsExactly("MARSH");
    }

    @Test
    void segmentsTileTheTextAndNameEachLine() {
        ParsedCable p = Cables.read(CABLE, "10VALLETTA77");
        assertThat(p.original()).isEqualTo(CABLE);
        List<Segment.Kind> kinds = p.segments().stream().map(Segment::kind).toList();
        assertThat(kinds).contains(Segment.Kind.CLASSIFICATION, Segment.Kind.CAPTION, Segment.Kind.PASSING,
                Segment.Kind.EO, Segment.Kind.TAGS, Segment.Kind.SUBJECT, Segment.Kind.REFERENCES,
                Segment.Kind.CLASSIFIED_BY, Segment.Kind.PARAGRAPH, Segment.Kind.PAGE_MARKER, Segment.Kind.SIGNATURE,
                Segment.Kind.BLANK);
        assertThat(kinds.get(kinds.size() - 1)).isEqualTo(Segment.Kind.SIGNATURE);
    }

    @Test
    void factsOfABodyOnlyCable() {
        CableFacts f = CableFacts.of(Cables.read(CABLE, "10VALLETTA77"));
        assertThat(f.id()).isEqualTo("10VALLETTA77"); // year from the source name: the text has no date
        assertThat(f.classification()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(f.caveats()).containsExactly("NOFORN", "SIPDIS");
        assertThat(f.summary()).isEqualTo("The minister expects progress.");
        assertThat(f.comment()).isEqualTo("We will watch closely.");
        assertThat(f.origin()).isEqualTo("Embassy Valletta");
    }

    @Test
    void fieldsJoinedOnOneLineAndTrailer() {
        String text = """
                UNCLAS SECTION 01 OF 02 VALLETTA 000078 SIPDIS SENSITIVE DEPT FOR EUR/WE E.O. 12958: N/A TAGS: ECON, MT SUBJECT: FERRY FARES RISE REF: VALLETTA 12
                1.(SBU) Fares rose. 2. (U) Nobody complained.
                Marsh
                BT
                #0078
                NNNN
                """;
        ParsedCable p = Cables.read(text, "10VALLETTA78");
        Telegram t = p.cable().telegram();
        assertThat(t.captions()).containsExactly("SIPDIS", "SENSITIVE");
        assertThat(t.passing()).containsExactly("DEPT FOR EUR/WE");
        assertThat(t.eo().instruction()).isInstanceOf(Declassification.NotApplicable.class);
        assertThat(t.tags()).extracting(Tag::code).containsExactly("ECON", "MT");
        assertThat(t.subject().text()).isEqualTo("FERRY FARES RISE");
        assertThat(t.references().get(0).id()).isEqualTo("10VALLETTA12");
        assertThat(t.paragraphs()).extracting(Block.Paragraph::number).containsExactly(1, 2);
        assertThat(t.signers()).containsExactly("MARSH");
        assertThat(CableFacts.of(p).classification()).isEqualTo(Level.SBU);
        List<Segment.Kind> kinds = p.segments().stream().map(Segment::kind).toList();
        assertThat(kinds.subList(kinds.size() - 3, kinds.size())).containsExactly(Segment.Kind.TEXT_DELIMITER,
                Segment.Kind.SSN_REPEAT, Segment.Kind.END_OF_MESSAGE);
        assertThat(p.original()).isEqualTo(text);
    }

    @Test
    void oldHeaderFieldsAreKeptAsText() {
        String text = """
                LIMITED OFFICIAL USE VALLETTA 01196
                ORIGIN EUR-12
                INFO  LOG-00   NP-00    AID-00
                DRAFTED BY EUR/WE:JSMITH
                APPROVED BY EUR:KJONES
                E.O. 11652: N/A
                TAGS: PFOR MT
                SUBJ: VISIT OF FOREIGN MINISTER
                1. FOREIGN MINISTER ARRIVES MONDAY.
                JONES
                """;
        Telegram t = body(text);
        assertThat(t.classification().level()).isEqualTo(Level.SBU);
        assertThat(t.body().get(0)).isInstanceOf(Block.Text.class);
        assertThat(((Block.Text) t.body().get(0)).text()).contains("ORIGIN EUR-12").contains("APPROVED BY EUR:KJONES");
        assertThat(t.subject().text()).isEqualTo("VISIT OF FOREIGN MINISTER");
        assertThat(t.paragraphs()).hasSize(1);
    }

    @Test
    void classifiedByInsideParagraphOne() {
        String text = """
                SECRET STATE 012345
                E.O. 12958: DECL: 01/01/2019
                TAGS: PREL
                SUBJECT: TALKING POINTS
                1. (U) CLASSIFIED BY EUR A/S JOHN DOE, REASONS 1.4 (B) AND (D).
                2. (S) Points follow.
                """;
        Telegram t = body(text);
        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(t.paragraphs()).hasSize(2);
    }

    @Test
    void neverThrowsAndKeepsEverything() {
        for (String junk : new String[] {"", "\n\n", "TAGS:", "SUBJECT:", "REF: A.", "(", "1.", "\u00B6", "E.O.",
                "Classified By:", "C O N F", "PAGE 02", "- 12.", "BT\nNNNN", "X\r\nY\rZ"}) {
            ParsedCable p = Cables.read(junk, null);
            assertThat(p.original()).as(junk).isEqualTo(junk);
            assertThat(p.diagnostics()).as(junk).noneMatch(d -> d.rule().equals("reader-failure"));
        }
    }

    /** The seed as it was handed over, with its damage; skipped when the shared folder is absent. */
    @Test
    void seed() throws IOException {
        String property = System.getProperty("chancery.shared");
        Path shared = property != null && !property.isBlank() ? Path.of(property) : Path.of("../shared");
        Path seed = shared.resolve("seed/seed-cable.txt");
        if (!Files.isRegularFile(seed)) seed = Path.of("../shared/seed/seed-cable.txt");
        assumeTrue(Files.isRegularFile(seed), "the seed cable is absent (" + seed.toAbsolutePath() + "); skipping");
        ParsedCable p = Cables.read(seed);
        Telegram t = p.cable().telegram();
        CableFacts f = CableFacts.of(p);
        assertThat(f.id()).isEqualTo("09PRAGUE589");
        assertThat(f.classification()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(t.captions()).containsExactly("SIPDIS");
        assertThat(t.eo().order()).isEqualTo("12958");
        assertThat(t.eo().instruction()).isEqualTo(new Declassification.OnDate(LocalDate.of(2011, 10, 1)));
        assertThat(t.tags()).extracting(Tag::code).containsExactly("PARM", "PREL", "EZ", "EUN");
        assertThat(t.subject().text()).isEqualTo("CZECH COMMENTS ON U.S.-CZECH STRATEGIC COOPERATION");
        assertThat(t.references()).hasSize(1);
        assertThat(t.references().get(0).kind()).isEqualTo(ReferenceKind.EMAIL);
        assertThat(t.references().get(0).id()).isNull();
        assertThat(t.classifiedBy().name()).isEqualTo("Mary Thompson-Jones");
        assertThat(t.classifiedBy().title()).isEqualTo("Charge");
        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(t.paragraphs()).hasSize(3);
        assertThat(t.paragraphs()).extracting(par -> par.marking().text()).containsExactly("SBU", "C", "SBU");
        assertThat(t.paragraphs().get(2).text()).endsWith("Under Secretary of Defense Flournoy.");
        assertThat(p.diagnostics()).extracting(Diagnostic::rule).contains("paragraph-numbering");
        assertThat(p.diagnostics()).filteredOn(d -> d.rule().equals("paragraph-numbering"))
                .first().satisfies(d -> assertThat(d.message()).contains("- 12."));
        assertThat(t.signers()).containsExactly("THOMPSON-JONES");
        assertThat(f.dtg().toZonedDateTime().toString()).isEqualTo("2009-10-02T14:44Z");
        assertThat(f.origin()).isEqualTo("Embassy Prague");
        assertThat(p.original()).isEqualTo(p.text());
    }

    @Test
    void aLowerCaseListItemInsideAParagraphStaysInIt() {
        Telegram t = body("""
                CONFIDENTIAL VALLETTA 000079

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: THREE POINTS

                1. (C) The minister made three points: (a) the harbour, (b) the
                ferries and
                (c) the third point, the budget.

                2. (C) He will call again.
                """);

        assertThat(t.paragraphs()).hasSize(2);
        assertThat(t.paragraphs().get(0).text()).endsWith("ferries and (c) the third point, the budget.");
    }

    @Test
    void theRefLabelAgainAfterTheFirstBulletIsNoSecondBlock() {
        Telegram t = body("""
                CONFIDENTIAL VALLETTA 000080

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: LABELS
                REF: A. REF: VALLETTA 412
                B. STATE 12345

                1. (C) Text.
                """);

        assertThat(t.references()).extracting(r -> r.letter() + " " + r.id())
                .containsExactly("A 10VALLETTA412", "B 10STATE12345");
    }
}
