package org.chancery.cable.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.cable.Cables;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Whatever it is given, the reader does not fail, tiles the text and gives back the exact input. */
class CableReaderPropertyTest {

    /** Pieces that steer generated texts into the envelope reader's paths, and into the HTML scanner's. */
    private static final List<String> PIECES = List.of(
            "\n", "\n", "\n", "\r\n", "\r", "\n\n", " ", "\t", "\u0000", "\u00A0", "\u2028", "¶", "é", "\uD83D\uDE00",
            "\uD800", "\uFEFF", "VZCZCXRO0224", "VZCZC", "VZCZCXYZ12345", "RR RUEHAB RUEHCD", "PP", "RUEHGD RUEHHO",
            "DE RUEHZZ #0589/01 2751444", "DE RUEHZZ #", "DE", "ZNY CCCCC ZZH", "ZNR UUUUU", "ZNY SSSSS /AAAAA ZZH",
            "ZNY CCCCC ZZH(CCY X", "ZN", "R 021444Z OCT 09", "O P 121212Z FEB 2009 ZEX", "301931Z OCT 09",
            "R 991299Z QQQ 09", "P 000000Z JAN 00", "FM AMEMBASSY ATLANTIS", "FM", "From:", "TO", "INFO", "XMT",
            "TO RUEHC/SECSTATE WASHDC PRIOITY 0001", "INFO RUEHXY/EXAMPLE COLLECTIVE", "RUEHAB/", "R/", "/",
            "TORUEHC/X", "INFORUEH/", "TO PAGE 02 STATE 000001 121212Z", "PAGE 02", "NIACT IMMEDIATE 12",
            "BT", "ORIGIN EX-00", "INFO  LOG-00   EX-00", "E.O. 12958: N/A", "SUBJECT: X", "UNCLAS ATLANTIS 000001",
            "C O N F I D E N T I A L", "This record is a partial extract.", "<pre>", "</pre>", "<PRE >", "<pre",
            "<a href='x'>", "</a>", "<!--", "-->", "<", ">", "&#x000A;", "&#10;", "&amp;", "&", "&#x", "&eacute;",
            "&nosuch;", ";");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(PIECES), Arbitraries.of(PIECES),
                Arbitraries.strings().all().ofMaxLength(8));
        return Arbitraries.oneOf(
                piece.list().ofMaxSize(80).map(l -> String.join("", l)),
                Arbitraries.strings().all().ofMaxLength(300));
    }

    @Provide
    Arbitrary<byte[]> bytes() {
        Arbitrary<byte[]> raw = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
        Arbitrary<byte[]> encoded = texts().map(s -> s.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> body = Arbitraries.oneOf(raw, encoded);
        return Arbitraries.oneOf(body, body.map(CableReaderPropertyTest::withBom));
    }

    private static byte[] withBom(byte[] body) {
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xEF;
        out[1] = (byte) 0xBB;
        out[2] = (byte) 0xBF;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    @Property(tries = 2000)
    void anyTextReadsWithoutFailingAndTiles(@ForAll("texts") String text) {
        // The envelope reader on its own: no exception may escape it.
        Lines lines = new Lines(text);
        ReadContext ctx = new ReadContext(lines, null);
        EnvelopeReader.Result r = EnvelopeReader.read(ctx);
        assertThat(r.nextLine()).isBetween(0, lines.count());
        assertThat(ctx.laidTo()).isEqualTo(r.nextLine() < lines.count() ? lines.start(r.nextLine()) : text.length());

        ParsedCable parsed = Cables.read(text, "x");
        assertThat(parsed.text()).isEqualTo(text);
        Tiling.assertLossless(parsed, "text");
        assertNoReaderFailure(parsed);
    }

    @Property(tries = 1000)
    void anyBytesRoundTripExactlyAsTextAndAsHtml(@ForAll("bytes") byte[] bytes) {
        for (SourceFormat format : SourceFormat.values()) {
            ParsedCable parsed = Cables.read(bytes, "x", format);
            assertThat(parsed.source().toBytes()).as("%s bytes", format).isEqualTo(bytes);
            if (format == SourceFormat.TEXT) assertThat(parsed.text()).isEqualTo(parsed.source().text());
            Tiling.assertLossless(parsed, format.name());
            assertNoReaderFailure(parsed);
        }
    }

    private static void assertNoReaderFailure(ParsedCable parsed) {
        assertThat(parsed.diagnostics()).extracting(Diagnostic::rule).doesNotContain("reader-failure");
    }
}
