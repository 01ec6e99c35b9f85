package org.chancery.cable.read;

import org.chancery.cable.model.Declassification;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class EoLineParserTest {

    private static Declassification decl(String line) {
        return EoLineParser.parse(line).instruction();
    }

    @Test
    void datesInEveryFormat() {
        assertThat(decl("E.O. 12958: DECL: 10/01/2011")).isEqualTo(new Declassification.OnDate(LocalDate.of(2011, 10, 1)));
        assertThat(decl("EO 12958 DECL: 2020/02/23")).isEqualTo(new Declassification.OnDate(LocalDate.of(2020, 2, 23)));
        assertThat(decl("e.o. 12958: decl: 6/3/08")).isEqualTo(new Declassification.OnDate(LocalDate.of(2008, 6, 3)));
        assertThat(decl("E.O. 13526: DECL: 2019-06-02")).isEqualTo(new Declassification.OnDate(LocalDate.of(2019, 6, 2)));
        assertThat(decl("E.O. 12958:DECL:  3/18/2018")).isEqualTo(new Declassification.OnDate(LocalDate.of(2018, 3, 18)));
        assertThat(EoLineParser.parse("E.O. 12958: DECL: 10/01/2011").order()).isEqualTo("12958");
    }

    @Test
    void notApplicableOadrExemptionsAndEvents() {
        assertThat(decl("E.O. 12958: N/A")).isInstanceOf(Declassification.NotApplicable.class);
        assertThat(decl("EO 12958 N/A")).isInstanceOf(Declassification.NotApplicable.class);
        assertThat(decl("E.O. 12356: DECL: OADR")).isInstanceOf(Declassification.Oadr.class);
        assertThat(decl("E.O. 12958: DECL: 25X1")).isEqualTo(new Declassification.Exemption("25X1"));
        assertThat(decl("E.O. 12065: GDS")).isEqualTo(new Declassification.Exemption("GDS"));
        assertThat(decl("E.O. 12958: DECL: AFTER PENINSULA REUNIFICATION"))
                .isEqualTo(new Declassification.OnEvent("AFTER PENINSULA REUNIFICATION"));
    }

    @Test
    void nonsenseIsKept() {
        assertThat(decl("E.O. 12958: AS AMENDED; DECLASSIFIED JUNE 21, 2006")).isInstanceOf(Declassification.Unparsed.class);
        assertThat(decl("E.O.")).isInstanceOf(Declassification.Unparsed.class);
    }
}
