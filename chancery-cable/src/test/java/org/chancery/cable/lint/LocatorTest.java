package org.chancery.cable.lint;

import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;
import org.chancery.cable.Segment.Kind;
import org.chancery.cable.Source;
import org.chancery.cable.SourceFormat;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LocatorTest {

    /** Three lines with three kinds of line ending; the CAPTION segment has a leading blank. */
    static final String TEXT = "CONFIDENTIAL VILNIUS 000417\r\n  SIPDIS\rTAGS: PREL LH\n";

    static Locator locator() {
        List<Segment> segments = List.of(new Segment(Kind.CLASSIFICATION, 0, 29), new Segment(Kind.CAPTION, 29, 38),
                new Segment(Kind.TAGS, 38, TEXT.length()));
        return new Locator(new ParsedCable("x", SourceFormat.TEXT, Source.of(TEXT), TEXT, null, segments, List.of()));
    }

    @Test
    void offsetsBecomeOneBasedLinesAndColumns() {
        Locator l = locator();
        assertThat(l.at(0)).isEqualTo(new Position(1, 1));
        assertThat(l.at(13)).isEqualTo(new Position(1, 14));
        assertThat(l.at(31)).isEqualTo(new Position(2, 3));
        assertThat(l.at(38)).isEqualTo(new Position(3, 1));
    }

    @Test
    void segmentsAndWordsAreFoundWithFallbacks() {
        Locator l = locator();
        assertThat(l.first(Kind.CAPTION)).isEqualTo(new Position(2, 3));
        assertThat(l.find("LH", Kind.TAGS)).isEqualTo(new Position(3, 12));
        assertThat(l.find("PGOV", Kind.TAGS)).isEqualTo(new Position(3, 1));
        assertThat(l.find("PGOV", Kind.EO, Kind.TAGS)).isEqualTo(new Position(3, 1));
        assertThat(l.find("PGOV", Kind.EO)).isEqualTo(Position.WHOLE);
        assertThat(l.nth(Kind.CAPTION, 5)).isEqualTo(new Position(2, 3));
    }

    @Test
    void anEmptyTextStillHasAPosition() {
        Locator l = new Locator(new ParsedCable("x", SourceFormat.TEXT, Source.of(""), "", null, List.of(), List.of()));
        assertThat(l.at(0)).isEqualTo(new Position(1, 1));
        assertThat(l.first(Kind.TAGS)).isEqualTo(Position.WHOLE);
    }
}
