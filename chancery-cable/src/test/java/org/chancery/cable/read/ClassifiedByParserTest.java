package org.chancery.cable.read;

import org.chancery.cable.model.ClassifiedBy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClassifiedByParserTest {

    @Test
    void titleNameAndReasons() {
        ClassifiedBy c = ClassifiedByParser.parse("Classified By: Charge Anna Rivera-Okafor for reasons 1.4 (b) and (d).");
        assertThat(c.name()).isEqualTo("Anna Rivera-Okafor");
        assertThat(c.title()).isEqualTo("Charge");
        assertThat(c.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void variants() {
        assertThat(ClassifiedByParser.parse("CLASSIFIED BY: AMBASSADOR JOHN Q. PUBLICO, REASON(S): 1.4 (B/D)").reasons())
                .containsExactly("1.4(b)", "1.4(d)");
        ClassifiedBy doubled = ClassifiedByParser.parse("Classified By: Classified by DCM Mark Ellery, reasons 1.4(b,d)");
        assertThat(doubled.name()).isEqualTo("Mark Ellery");
        assertThat(doubled.title()).isEqualTo("DCM");
        assertThat(doubled.reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(ClassifiedByParser.parse("Classified By: P0L0FF Jane Ward, Reason 1.5 (b) (d)").reasons())
                .containsExactly("1.5(b)", "1.5(d)");
        ClassifiedBy commaForm = ClassifiedByParser.parse(
                "Classified By: Lena Marsh, Political Counselor, for reasons 1.4(c)");
        assertThat(commaForm.name()).isEqualTo("Lena Marsh");
        assertThat(commaForm.title()).isEqualTo("Political Counselor");
    }

    @Test
    void noReasons() {
        assertThat(ClassifiedByParser.parse("Classified By: Someone").reasons()).isEmpty();
    }
}
