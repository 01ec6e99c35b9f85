package org.chancery.cable.read;

import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PortionMarksTest {

    @Test
    void levelsAndControls() {
        assertThat(PortionMarks.parse("C").level()).isEqualTo(Level.CONFIDENTIAL);
        assertThat(PortionMarks.parse("SBU").level()).isEqualTo(Level.SBU);
        assertThat(PortionMarks.parse("TS").level()).isEqualTo(Level.TOP_SECRET);
        for (String nf : new String[] {"S/NF", "S//NF", "C/NF", "SBU/N"}) {
            assertThat(PortionMarks.parse(nf).isNoforn()).as(nf).isTrue();
        }
        assertThat(PortionMarks.parse("S//NF").level()).isEqualTo(Level.SECRET);
    }

    @Test
    void notMarks() {
        assertThat(PortionMarks.parse("A")).isNull();
        assertThat(PortionMarks.parse("NOTAL")).isNull();
        assertThat(PortionMarks.at("(GOM) officials", 0)).isNull();
        assertThat(PortionMarks.at("(C) text", 0).end()).isEqualTo(3);
    }
}
