package org.chancery.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.ClassifiedBy;
import org.chancery.cable.model.Declassification;
import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Envelope;
import org.chancery.cable.model.EoLine;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.PortionMark;
import org.chancery.cable.model.Precedence;
import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.chancery.cable.model.Subject;
import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.chancery.cable.model.Telegram;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random portion-marked cables, each portion carrying a word found nowhere else, and random principals: under
 * both policies, no word of a part the principal may not read reaches any rendering of the redacted cable (its
 * model, its canonical text, its facts).
 */
class RedactionProperties {

    /** A generated cable and, per planted word, the part it was planted in. */
    record Planted(ParsedCable parsed, List<String> subjectWords, List<List<String>> blockWords,
                   List<String> headingWords) {
    }

    static final List<String> CAPTIONS = List.of("NOFORN", "SIPDIS", "SIPDIS", "SIPDIS", "EXDIS", "NODIS",
            "SENSITIVE");

    /** Portion marks; {@code ?} stands for a mark without a level, which no label can be made of. */
    static final List<String> MARKS = List.of("U", "SBU", "C", "S", "TS", "C/NF", "S//NF", "SBU/N",
            "S//REL TO USA, GBR", "C//REL TO USA, AUS, GBR", "S/NODIS", "C//REL GBR", "S/REL NATO", "?");

    @Provide
    Arbitrary<Planted> cables() {
        Arbitrary<Level> banner = Arbitraries.of(Level.class);
        Arbitrary<List<String>> captions = Arbitraries.of(CAPTIONS).set().ofMaxSize(3).map(ArrayList::new);
        Arbitrary<String> mark = Arbitraries.of(MARKS).injectNull(0.2);
        Arbitrary<List<String>> blockMarks = mark.list().ofMinSize(1).ofMaxSize(6);
        Arbitrary<List<Integer>> kinds = Arbitraries.integers().between(0, 9).list().ofSize(6);
        Arbitrary<Boolean> envelope = Arbitraries.of(true, false);
        return Combinators.combine(banner, captions, mark, blockMarks, kinds, envelope)
                .as(RedactionProperties::build);
    }

    static Planted build(Level banner, List<String> captions, String subjectMark, List<String> marks,
                         List<Integer> kinds, boolean withEnvelope) {
        List<String> subjectWords = List.of("QXSUBJW");
        List<String> headingWords = List.of("QXPASSW", "QXTAGW", "QXREFW", "QXCLBYW", "QXSIGW");
        List<Block> body = new ArrayList<>();
        List<List<String>> blockWords = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            String w = "QXP" + i + "W";
            int kind = kinds.get(i);
            String text = switch (kind) {
                case 0 -> "SUMMARY: The envoy said " + w + " today. END SUMMARY.";
                case 1 -> "COMMENT: We think " + w + " matters. END COMMENT.";
                case 2 -> "SUMMARY: The envoy said " + w + " and"; // runs on into the next block
                case 3 -> "more of it, " + w + ". END SUMMARY.";
                default -> "The delegation discussed " + w + " at length with the ministry.";
            };
            if (kind == 8) {
                body.add(new Block.Text("Kept text " + w + " as written."));
            } else if (kind == 9) {
                body.add(new Block.PageMarker("PAGE 02 VALLETTA " + w + " 01 OF 02 041200Z"));
            } else {
                PortionMark m = mark(marks.get(i));
                body.add(new Block.Paragraph(i + 1, m, text));
            }
            blockWords.add(List.of(w));
        }
        PortionMark sm = mark(subjectMark);
        Telegram tg = new Telegram(
                new ClassificationLine(banner, banner.word(), false, List.of(), null, null, "VALLETTA", "000077"),
                captions, List.of("DEPT FOR EUR/WE QXPASSW"),
                new EoLine("12958", new Declassification.OnDate(LocalDate.of(2020, 3, 4)), "DECL: 03/04/2020"),
                List.of(Tag.of("PREL", TagKind.SUBJECT), Tag.of("QXTAGW", TagKind.UNKNOWN)),
                new Subject(sm, "HARBOUR TALKS QXSUBJW"),
                List.of(new Reference("A", ReferenceKind.OTHER, null, "EMAIL QXREFW", false)),
                new ClassifiedBy(null, null, List.of(), "Classified By: Consul QXCLBYW for reasons 1.4 (b)."),
                body, List.of("QXSIGW"));
        Envelope env = withEnvelope ? new Envelope(null, null, null, null,
                new Envelope.FormatLine(Precedence.ROUTINE, null, Dtg.zulu(2010, 3, 4, 12, 0), List.of()),
                Address.of("RUEHVL", "AMEMBASSY VALLETTA"), List.of(Address.of("RUEHC", "SECSTATE WASHDC")),
                List.of(Address.of("RUEHRO", "AMEMBASSY ROME")), List.of()) : null;
        Cable cable = new Cable(env, tg);
        ParsedCable parsed = new ParsedCable("10VALLETTA77", SourceFormat.TEXT, Source.of(""), "", cable, List.of(),
                List.of());
        return new Planted(parsed, subjectWords, blockWords, headingWords);
    }

    private static PortionMark mark(String text) {
        if (text == null) return null;
        if (text.equals("?")) return new PortionMark(null, List.of(), "?");
        return org.chancery.cable.read.PortionMarks.parse(text);
    }

    @Provide
    Arbitrary<Principal> principals() {
        return SecurityArbitraries.principals();
    }

    static String rendered(RedactedCable r) {
        return r.cable() + "\n" + Cables.write(r.cable()) + "\n" + r.facts() + "\n" + r;
    }

    @Property(tries = 2500)
    void nothingUnreadableReachesAnyRendering(@ForAll("cables") Planted c, @ForAll("principals") Principal p) {
        EffectiveLabels labels = Labels.effective(c.parsed());
        boolean bannerReadable = AccessDecider.decide(p, labels.governing()).allowed();
        for (Policy policy : Policy.values()) {
            Optional<RedactedCable> r = Redactor.redact(p, c.parsed(), policy);
            if (policy == Policy.DOCUMENT) assertThat(r.isPresent()).isEqualTo(bannerReadable);
            if (r.isEmpty()) continue;
            String out = rendered(r.get());
            if (!AccessDecider.decide(p, labels.subject()).allowed()) {
                assertThat(out).doesNotContain(c.subjectWords());
            }
            for (int i = 0; i < c.blockWords().size(); i++) {
                if (!AccessDecider.decide(p, labels.blocks().get(i)).allowed()) {
                    assertThat(out).as(policy + " block " + i).doesNotContain(c.blockWords().get(i));
                }
            }
            if (!bannerReadable) assertThat(out).doesNotContain(c.headingWords());
            // necessary conditions, independent of the labels: the own mark of a shown portion is within clearance
            for (int i = 0; i < c.blockWords().size(); i++) {
                Block b = c.parsed().cable().telegram().body().get(i);
                if (b instanceof Block.Paragraph para && para.marking() != null
                        && !p.clearance().dominates(para.marking().level())) {
                    assertThat(out).doesNotContain(c.blockWords().get(i));
                }
                if (b instanceof Block.Paragraph para && para.marking() != null && para.marking().isNoforn()
                        && !p.nationalities().contains("USA")) {
                    assertThat(out).doesNotContain(c.blockWords().get(i));
                }
            }
            Level banner = c.parsed().cable().telegram().classification().level();
            if (!p.clearance().dominates(banner)) assertThat(out).doesNotContain(c.headingWords());
            // whoever may read the banner sees everything, whatever the policy
            if (bannerReadable) {
                assertThat(r.get().withheld()).isEmpty();
                assertThat(r.get().cable()).isEqualTo(c.parsed().cable());
            }
        }
    }

    @Property(tries = 1000)
    void aCableWithNothingReadableDoesNotExistUnderThePortionPolicy(@ForAll("cables") Planted c,
            @ForAll("principals") Principal p) {
        EffectiveLabels labels = Labels.effective(c.parsed());
        boolean any = AccessDecider.decide(p, labels.subject()).allowed();
        List<Block> body = c.parsed().cable().telegram().body();
        for (int i = 0; i < body.size(); i++) {
            if (!(body.get(i) instanceof Block.PageMarker) && AccessDecider.decide(p, labels.blocks().get(i)).allowed()) {
                any = true;
            }
        }
        assertThat(Redactor.redact(p, c.parsed(), Policy.PORTION).isPresent()).isEqualTo(any);
    }

    @Property(tries = 1000)
    void theGoverningBannerDominatesEveryPortion(@ForAll("cables") Planted c) {
        EffectiveLabels labels = Labels.effective(c.parsed());
        Label g = labels.governing().labelOrNull();
        if (g == null) {
            assertThat(labels.blocks()).allMatch(l -> l instanceof ParsedLabel.Malformed);
            return;
        }
        assertThat(g.dominates(labels.subject().labelOrNull())).isTrue();
        for (ParsedLabel l : labels.blocks()) assertThat(g.dominates(l.labelOrNull())).as(g + " over " + l).isTrue();
        assertThat(CableFacts.of(c.parsed()).classification()).isNotNull();
    }
}
