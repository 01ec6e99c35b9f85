package org.chancery.cable.read;

import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassificationLineParserTest {

    @Test
    void plainAndLetterSpaced() {
        var r = ClassificationLineParser.parse("C O N F I D E N T I A L VALLETTA 000412");
        assertThat(r.line().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(r.line().levelText()).isEqualTo("C O N F I D E N T I A L");
        assertThat(r.line().post()).isEqualTo("VALLETTA");
        assertThat(r.line().mrn()).isEqualTo("000412");
        assertThat(ClassificationLineParser.parse("UNCLAS OSLO 000077").line().level()).isEqualTo(Level.UNCLASSIFIED);
    }

    @Test
    void mixedCaseLetterSpacing() {
        var r = ClassificationLineParser.parse("S e c r e t nairobi 001938");
        assertThat(r.line().level()).isEqualTo(Level.SECRET);
        assertThat(r.line().post()).isEqualTo("nairobi");
        assertThat(r.line().mrn()).isEqualTo("001938");
    }

    @Test
    void sectionsEftoAndMultiWordPost() {
        var r = ClassificationLineParser.parse("UNCLAS EFTO SECTION 02 OF 03 SAN JOSE 000145");
        assertThat(r.line().efto()).isTrue();
        assertThat(r.line().section()).isEqualTo(2);
        assertThat(r.line().sections()).isEqualTo(3);
        assertThat(r.line().post()).isEqualTo("SAN JOSE");
    }

    @Test
    void limitedOfficialUseIsSbu() {
        assertThat(ClassificationLineParser.parse("LIMITED OFFICIAL USE ROME 01196").line().level()).isEqualTo(Level.SBU);
    }

    @Test
    void correctedCopyAndEntireText() {
        var r = ClassificationLineParser.parse("C O N F I D E N T I A L C O R R E C T E D COPY RIGA 000310");
        assertThat(r.line().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(r.line().qualifiers()).containsExactly("C O R R E C T E D", "COPY");
        assertThat(r.line().post()).isEqualTo("RIGA");
        var e = ClassificationLineParser.parse("CONFIDENTIAL - ENTIRE TEXT");
        assertThat(e.line().level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(e.line().mrn()).isNull();
    }

    @Test
    void captionsFusedAfterTheMrn() {
        var r = ClassificationLineParser.parse("S E C R E T SECTION 01 OF 02 ADEN 001352SIPDIS");
        assertThat(r.line().mrn()).isEqualTo("001352");
        assertThat(r.rest()).isEqualTo("SIPDIS");
    }

    @Test
    void debrisBeforeTheBanner() {
        var r = ClassificationLineParser.find("Cable dated:2005-07-15T15:24:00S E C R E T VALLETTA 000403");
        assertThat(r).isNotNull();
        assertThat(r.line().mrn()).isEqualTo("000403");
    }

    @Test
    void proseIsNotABanner() {
        assertThat(ClassificationLineParser.parse("SECRET TALKS WERE HELD IN THE CAPITAL LAST WEEK")).isNull();
        assertThat(ClassificationLineParser.parse("CONFIDENTIAL     PTQ2529")).isNull();
        assertThat(ClassificationLineParser.parse("")).isNull();
    }
}
