package org.chancery.security;

import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class LabelTextTest {

    private static Label valid(String text) {
        ParsedLabel p = LabelText.parse(text);
        assertThat(p).as(text).isInstanceOf(ParsedLabel.Valid.class);
        return p.labelOrNull();
    }

    @Test
    void readsEveryElement() {
        Label l = valid("SECRET//NOFORN//NODIS//REL TO USA, GBR//SIPDIS");
        assertThat(l.level()).isEqualTo(Level.SECRET);
        assertThat(l.controls()).containsExactly(Control.NOFORN, Control.NODIS);
        assertThat(l.relTo()).containsExactly("USA", "GBR");
        assertThat(l.distribution()).isEqualTo(Distribution.SIPDIS);
    }

    @Test
    void writesCanonicallyWhateverTheOrderRead() {
        assertThat(valid("TOP SECRET//DIST STATE, EUR/CE, PRAGUE//REL TO NATO, GBR, USA, AUS//EXDIS//NOFORN"))
                .hasToString("TOP SECRET//NOFORN//EXDIS//REL TO USA, AUS, GBR, NATO//DIST EUR/CE, PRAGUE, STATE");
        assertThat(valid("CONFIDENTIAL//REL TO GBR,USA")).hasToString(
                "CONFIDENTIAL//REL TO USA, GBR");
        assertThat(valid("UNCLASSIFIED")).hasToString("UNCLASSIFIED");
        assertThat(valid("SECRET//DIST NONE").distribution()).isEqualTo(new Distribution.Limited(List.of()));
        assertThat(valid("SECRET//DIST NONE")).hasToString("SECRET//DIST NONE");
    }

    @Test
    void sbuAliases() {
        for (String s : List.of("SBU", "LOU", "LIMITED OFFICIAL USE", "SENSITIVE")) {
            assertThat(valid(s).level()).as(s).isEqualTo(Level.SBU);
            assertThat(valid(s)).hasToString("SBU");
        }
        assertThat(valid("UNCLAS").level()).isEqualTo(Level.UNCLASSIFIED);
    }

    @Test
    void roundTrip() {
        Label l = Label.of(Level.CONFIDENTIAL, Set.of(Control.ORCON, Control.STADIS), List.of("GBR", "USA"),
                new Distribution.Limited(List.of("STATE", "ROME")));
        assertThat(LabelText.parse(l.toString())).isEqualTo(ParsedLabel.of(l));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "SECRET ", " SECRET", "secret", "Secret//NOFORN", "SECRET//noforn", "SECRET//",
            "SECRET////NOFORN", "//NOFORN", "RESTRICTED", "TOP  SECRET", "S", "S//NF", "SECRET/NOFORN",
            "SECRET//NF", "SECRET//NOFORN//NOFORN", "SECRET//REL TO", "SECRET//REL TO ", "SECRET//REL TO USA,",
            "SECRET//REL TO GBR", "SECRET//REL TO USA, GB", "SECRET//REL TO USA, GREATBRITAIN",
            "SECRET//REL TO USA, G8R", "SECRET//REL TO USA//REL TO USA, GBR", "SECRET//SIPDIS//SIPDIS",
            "SECRET//SIPDIS//DIST PRAGUE", "SECRET//DIST", "SECRET//DIST PRAGUE,,ROME", "SECRET//DIST US EMBASSY",
            "SECRET//WHATEVER", "SECRET//REL TO USA  GBR", "SECRET\t", "SECRET\n//NOFORN", "\u00A0SECRET",
            "CONFIDENTIAL//REL TO USA, gbr", "SECRET//DIST PR@GUE", "????", "SECRET//NOFORN//"})
    void malformed(String text) {
        assertThat(LabelText.parse(text)).as("'" + text + "'").isInstanceOf(ParsedLabel.Malformed.class);
    }

    @Test
    void nullIsMalformed() {
        assertThat(LabelText.parse(null)).isInstanceOf(ParsedLabel.Malformed.class);
    }

    @Test
    void aMalformedLabelSaysWhy() {
        assertThat(LabelText.parse("SECRET//REL TO GBR"))
                .isEqualTo(ParsedLabel.malformed("SECRET//REL TO GBR", "REL TO must name USA first"));
        assertThat(((ParsedLabel.Malformed) LabelText.parse("SECRET//")).error()).contains("empty element");
    }
}
