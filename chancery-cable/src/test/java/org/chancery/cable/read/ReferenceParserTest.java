package org.chancery.cable.read;

import org.chancery.cable.model.Reference;
import org.chancery.cable.model.ReferenceKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceParserTest {

    @Test
    void bulletsOfEveryShape() {
        for (String text : List.of("A. 03 PANAMA 2201 B. STATE 135205", "A) 03 PANAMA 2201 B) STATE 135205",
                "(A) 03 PANAMA 2201 (B) STATE 135205", "[A] 03 PANAMA 2201 [B] STATE 135205",
                "A. 03 PANAMA 2201 REF B STATE 135205")) {
            List<Reference> refs = ReferenceParser.parse(text, 9);
            assertThat(refs).as(text).extracting(Reference::letter).containsExactly("A", "B");
            assertThat(refs).as(text).extracting(Reference::id).containsExactly("03PANAMA2201", "09STATE135205");
        }
    }

    @Test
    void aYearRunIntoThePostIsStillACitation() {
        assertThat(ReferenceParser.parse("08PRAGUE 123", 9).get(0).id()).isEqualTo("08PRAGUE123");
        assertThat(ReferenceParser.parse("A. 2007ROME 45 B. STATE 6", 9)).extracting(r -> r.id())
                .containsExactly("07ROME45", "09STATE6");
    }

    @Test
    void theLabelWrittenTwiceIsNoReference() {
        assertThat(ReferenceParser.parse("REF (A) MADRID 3785 (B) MADRID 3566", 5)).extracting(r -> r.id())
                .containsExactly("05MADRID3785", "05MADRID3566");
        assertThat(ReferenceParser.parse("A. KATHMANDU 2282 \u00B6B. KATHMANDU 2298", 3)).extracting(r -> r.letter())
                .containsExactly("A", "B");
    }

    @Test
    void yearsAndAliases() {
        assertThat(ReferenceParser.parse("2008 SECSTATE 001234", 9).get(0).id()).isEqualTo("08STATE1234");
        assertThat(ReferenceParser.parse("VALLETTA 77", 10).get(0).id()).isEqualTo("10VALLETTA77");
        assertThat(ReferenceParser.parse("09STATE12345", 10).get(0).id()).isEqualTo("09STATE12345");
        assertThat(ReferenceParser.parse("SAN JOSE 445", 7).get(0).id()).isEqualTo("07SANJOSE445");
    }

    @Test
    void notalAndPrevious() {
        Reference r = ReferenceParser.parse("STATE 4567 (NOTAL) AND PREVIOUS", 8).get(0);
        assertThat(r.notal()).isTrue();
        assertThat(r.id()).isEqualTo("08STATE4567");
    }

    @Test
    void nonCableKinds() {
        assertThat(ReferenceParser.parse("RIVERA-OKAFOR E-MAIL DATED 10.01.2009", 9).get(0))
                .isEqualTo(new Reference(null, ReferenceKind.EMAIL, null, "RIVERA-OKAFOR E-MAIL DATED 10.01.2009", false));
        assertThat(ReferenceParser.parse("A. TELCON POLOFF/MFA 3 MAY B. MEMCON OF 4 MAY C. OSC EUP20090101", 9))
                .extracting(Reference::kind).containsExactly(ReferenceKind.TELCON, ReferenceKind.MEMO, ReferenceKind.OSC);
        assertThat(ReferenceParser.parse("YOUR LETTER OF LAST WEEK", 9).get(0).kind()).isEqualTo(ReferenceKind.OTHER);
    }

    @Test
    void semicolonsWithoutBullets() {
        assertThat(ReferenceParser.parse("STATE 106206 CIRCULAR; VALLETTA 12", 66)).extracting(Reference::id)
                .containsExactly("66STATE106206", "66VALLETTA12");
    }

    @Test
    void postsTheCatalogKnowsWhateverTheirWords() {
        assertThat(ReferenceParser.parse("HO CHI MINH CITY 12", 8).get(0).id()).isEqualTo("08HOCHIMINHCITY12");
        assertThat(ReferenceParser.parse("07 PORT OF SPAIN 3", 8).get(0).id()).isEqualTo("07PORTOFSPAIN3");
        assertThat(ReferenceParser.parse("TEL AVIV 4521", 8).get(0).id()).isEqualTo("08TELAVIV4521");
    }
}
