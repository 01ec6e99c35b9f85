package org.chancery.cable.read;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ParagraphStartTest {

    @Test
    void openings() {
        assertThat(ParagraphStart.at("1. (C) Text", 0).number()).isEqualTo(1);
        assertThat(ParagraphStart.at("\u00B62. (S/NF) Text", 0).mark().isNoforn()).isTrue();
        assertThat(ParagraphStart.at("3.(C) Text", 0).number()).isEqualTo(3);
        assertThat(ParagraphStart.at("(SBU) Text", 0).number()).isNull();
        ParagraphStart damaged = ParagraphStart.at("- 12. (C) Text", 0);
        assertThat(damaged.damaged()).isTrue();
        assertThat(damaged.numberText()).isEqualTo("- 12.");
        assertThat(ParagraphStart.at("1.5 million people", 0)).isNull();
        assertThat(ParagraphStart.at("-- a bullet", 0)).isNull();
    }

    @Test
    void aLowerCaseListItemIsNoMarkUnlessANumberComesFirst() {
        assertThat(ParagraphStart.at("(c) the third point is the budget", 0)).isNull();
        assertThat(ParagraphStart.at("(s) and more", 0)).isNull();
        assertThat(ParagraphStart.at("(C) The third point", 0).mark().level())
                .isEqualTo(org.chancery.cable.model.Level.CONFIDENTIAL);
        assertThat(ParagraphStart.at("3. (c) the third point", 0).mark().level())
                .isEqualTo(org.chancery.cable.model.Level.CONFIDENTIAL);
    }

    @Test
    void joinedParagraphsAreFound() {
        String line = "1. (C) First point. 2. (C) Second point. In 3. cases";
        int at = ParagraphStart.inside(line, 7, 2);
        assertThat(line.substring(at)).startsWith("2. (C)");
        assertThat(ParagraphStart.inside(line, at + 3, 3)).isEqualTo(-1);
        assertThat(ParagraphStart.inside("Text ends. \u00B63. (S) More", 0, 3)).isEqualTo(11);
    }
}
