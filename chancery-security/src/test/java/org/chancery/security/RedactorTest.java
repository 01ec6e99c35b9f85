package org.chancery.security;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.model.Block;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Telegram;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {

    private static final ParsedCable VALLETTA = Fixtures.valletta();

    /** Everything a renderer could show of a redacted cable. */
    private static String rendered(RedactedCable r) {
        return r.cable() + "\n" + Cables.write(r.cable()) + "\n" + r.facts() + "\n" + r;
    }

    @Test
    void documentPolicyShowsAllToWhoeverMayReadTheBanner() {
        Principal secret = Fixtures.us("s", Level.SECRET);
        RedactedCable r = Redactor.redact(secret, VALLETTA, Policy.DOCUMENT).orElseThrow();
        assertThat(r.cable()).isEqualTo(VALLETTA.cable());
        assertThat(r.isComplete()).isTrue();
        assertThat(r.banner()).hasToString("SECRET//NOFORN//SIPDIS");
        assertThat(r.facts()).isEqualTo(CableFacts.of(VALLETTA));
    }

    @Test
    void documentPolicyHidesTheCableFromEveryoneElse() {
        assertThat(Redactor.redact(Fixtures.us("c", Level.CONFIDENTIAL), VALLETTA, Policy.DOCUMENT)).isEmpty();
        Principal british = new Principal("b", Level.TOP_SECRET, Set.of(), Set.of("GBR"), Set.of(), Set.of());
        assertThat(Redactor.redact(british, VALLETTA, Policy.DOCUMENT)).isEmpty();
    }

    @Test
    void portionPolicyWithholdsWhatIsAboveThePrincipal() {
        RedactedCable r = Redactor.redact(Fixtures.us("c", Level.CONFIDENTIAL), VALLETTA, Policy.PORTION)
                .orElseThrow();
        Telegram t = r.cable().telegram();
        assertThat(t.subject().text()).isEqualTo("HARBOUR TALKS PREVIEW");
        assertThat(t.paragraphs()).extracting(Block.Paragraph::text).containsExactly(
                "SUMMARY: The minister expects progress on the quay. END SUMMARY.",
                "[withheld: 1 line]",
                "The ferry timetable was published on Monday.",
                "[withheld: 1 line]",
                "COMMENT: We will watch the breakwater closely. END COMMENT.");
        // the withheld keep their mark; the unmarked one shows the governing banner's
        assertThat(t.paragraphs().get(1).marking().text()).isEqualTo("S/NF");
        assertThat(t.paragraphs().get(3).marking().text()).isEqualTo("S//NF");
        assertThat(Cables.write(r.cable())).contains("2. (S/NF) [withheld: 1 line]", "4. (S/NF) [withheld: 1 line]");
        // unmarked heading text takes the banner: gone
        assertThat(t.passing()).isEmpty();
        assertThat(t.tags()).isEmpty();
        assertThat(t.references()).isEmpty();
        assertThat(t.classifiedBy()).isNull();
        assertThat(t.signers()).isEmpty();
        // markings stay
        assertThat(t.classification()).isEqualTo(VALLETTA.cable().telegram().classification());
        assertThat(t.captions()).containsExactly("NOFORN", "SIPDIS");
        assertThat(r.withheld()).extracting(Withheld::part).containsExactly(Withheld.Part.PARAGRAPH,
                Withheld.Part.PARAGRAPH, Withheld.Part.PASSING, Withheld.Part.TAGS, Withheld.Part.REFERENCES,
                Withheld.Part.CLASSIFIED_BY, Withheld.Part.SIGNERS);
        assertThat(r.withheld().get(0).decision().reason()).isEqualTo(Reason.LEVEL);
        assertThat(r.facts().summary()).isEqualTo("The minister expects progress on the quay.");
        assertThat(rendered(r)).doesNotContain("tanker", "lighthouse", "EUR/WE", "PGOV", "VALLETTA 412", "Marsh", "MARSH");
    }

    @Test
    void theSubjectIsWithheldWhenItsMarkIsAboveThePrincipal() {
        Principal unclassified = Fixtures.us("u", Level.UNCLASSIFIED);
        RedactedCable r = Redactor.redact(unclassified, Fixtures.pragueExdis(), Policy.PORTION).orElse(null);
        // not on EXDIS, not a member of Prague: nothing readable at all
        assertThat(r).isNull();

        Principal onList = new Principal("u", Level.UNCLASSIFIED, Set.of("EXDIS"), Set.of("USA"), Set.of("EUR/CE"),
                Set.of());
        RedactedCable r2 = Redactor.redact(onList, Fixtures.pragueExdis(), Policy.PORTION).orElseThrow();
        assertThat(r2.cable().telegram().subject().text()).isEqualTo("[withheld]");
        assertThat(r2.cable().telegram().subject().mark().text()).isEqualTo("C");
        assertThat(r2.cable().telegram().paragraphs()).extracting(Block.Paragraph::text)
                .containsExactly("[withheld: 1 line]", "The tram schedule changes in April.");
        assertThat(rendered(r2)).doesNotContain("CASTLE", "gardener", "roses");
    }

    @Test
    void aSummaryInAWithheldParagraphIsNotInTheFacts() {
        String cable = """
                SECRET VALLETTA 000090

                SIPDIS

                E.O. 12958: DECL: 03/04/2020
                TAGS: PREL MT
                SUBJECT: (U) QUAY WORKS

                1. (S) SUMMARY: The dredger found the old wreck. END SUMMARY.

                2. (U) Work continues.
                """;
        ParsedCable p = Cables.read(cable, "10VALLETTA90");
        assertThat(CableFacts.of(p).summary()).contains("wreck");
        RedactedCable r = Redactor.redact(Fixtures.us("c", Level.CONFIDENTIAL), p, Policy.PORTION).orElseThrow();
        assertThat(r.facts().summary()).isNull();
        assertThat(rendered(r)).doesNotContain("wreck", "dredger");
    }

    @Test
    void distributionLimitsANonSipdisCableToItsRecipients() {
        Principal inPrague = new Principal("p", Level.SECRET, Set.of("EXDIS"), Set.of("USA"), Set.of("PRAGUE"),
                Set.of());
        Principal inRome = inPrague.withMemberships(Set.of("ROME"));
        assertThat(Redactor.redact(inPrague, Fixtures.pragueExdis(), Policy.DOCUMENT)).isPresent();
        assertThat(Redactor.redact(inRome, Fixtures.pragueExdis(), Policy.DOCUMENT)).isEmpty();
        assertThat(Redactor.redact(inRome, Fixtures.pragueExdis(), Policy.PORTION)).isEmpty();
        assertThat(Redactor.redact(inPrague.withAccessLists(Set.of()), Fixtures.pragueExdis(), Policy.DOCUMENT))
                .isEmpty();
    }

    @Test
    void aPrincipalWhoMayReadTheBannerSeesEverythingUnderEitherPolicy() {
        Principal secret = Fixtures.us("s", Level.SECRET);
        Optional<RedactedCable> doc = Redactor.redact(secret, VALLETTA, Policy.DOCUMENT);
        Optional<RedactedCable> portion = Redactor.redact(secret, VALLETTA, Policy.PORTION);
        assertThat(portion.orElseThrow().cable()).isEqualTo(doc.orElseThrow().cable());
        assertThat(portion.orElseThrow().withheld()).isEmpty();
    }

    @Test
    void lengthClasses() {
        assertThat(Redactor.marker("x")).isEqualTo("[withheld: 1 line]");
        assertThat(Redactor.marker("x".repeat(70))).isEqualTo("[withheld: 2-5 lines]");
        assertThat(Redactor.marker("x".repeat(69 * 6))).isEqualTo("[withheld: 6-20 lines]");
        assertThat(Redactor.marker("x".repeat(69 * 21))).isEqualTo("[withheld: over 20 lines]");
    }

    @Test
    void theRedactedCableReadsBackWithItsMarkers() {
        RedactedCable r = Redactor.redact(Fixtures.us("c", Level.CONFIDENTIAL), VALLETTA, Policy.PORTION)
                .orElseThrow();
        ParsedCable back = Cables.read(Cables.write(r.cable()), "10VALLETTA77");
        assertThat(back.cable().telegram().paragraphs()).extracting(Block.Paragraph::text)
                .contains("[withheld: 1 line]");
        assertThat(back.original()).doesNotContain("tanker");
    }
}
