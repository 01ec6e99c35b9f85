package org.chancery.cable.read;

import org.chancery.cable.ParsedCable;
import org.chancery.cable.Segment;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The round-trip invariant every read must keep: segments tile the text, and the text gives back the source. */
final class Tiling {

    private Tiling() {
    }

    /** Segments are non-empty, contiguous, in order, and cover the text from 0 to its end. */
    static void assertTiles(List<Segment> segments, String text, String what) {
        int at = 0;
        for (Segment s : segments) {
            assertThat(s.start()).as("%s: segment %s starts where the previous one ended", what, s).isEqualTo(at);
            assertThat(s.end()).as("%s: segment %s is not empty", what, s).isGreaterThan(s.start());
            at = s.end();
        }
        assertThat(at).as("%s: segments cover the whole text", what).isEqualTo(text.length());
    }

    /** Tiling, plus {@code original()} equal to the text. */
    static void assertLossless(ParsedCable parsed, String what) {
        assertTiles(parsed.segments(), parsed.text(), what);
        assertThat(parsed.original()).as("%s: original() equals the text", what).isEqualTo(parsed.text());
    }
}
