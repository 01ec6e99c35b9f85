package org.chancery.cable.read;

import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlExtractorTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head><title>Cable reference id: #09ATLANTIS42</title></head>
            <body><div class='nav'><a href='/index.html'>Home</a> &amp; more</div>
            <table><tr><td>09ATLANTIS42</td></tr></table>
            <code><pre>VZCZCXRO0042&#x000A;RR RUEHC&#x000A;</pre></code>
            <code><pre>UNCLAS ATLANTIS 000042 &#x000A;&#x000A;TAGS: <a href='/tag/PREL_0.html'>PREL</a> <a href='/tag/XX_0.html'>XX</a>&#x000A;&#x000A;<a id='par1' href='#par1'>¶</a>1. (U) Tom &amp; Jerry said &quot;a &lt; b&quot;.</pre></code>
            </body></html>
            """;

    @Test
    void joinsThePreBlocksWithABlankLineAndEndsWithANewline() {
        assertThat(HtmlExtractor.extract(PAGE)).isEqualTo("""
                VZCZCXRO0042
                RR RUEHC


                UNCLAS ATLANTIS 000042\s

                TAGS: PREL XX

                ¶1. (U) Tom & Jerry said "a < b".
                """);
        assertThat(HtmlExtractor.scan(PAGE).blocks()).isEqualTo(2);
    }

    @Test
    void decodesNamedDecimalAndHexReferences() {
        assertThat(body("&amp;&lt;&gt;&quot;&apos;&nbsp;&eacute;&Eacute;&para;&mdash;&euro;"))
                .isEqualTo("&<>\"'\u00A0éÉ¶—€");
        assertThat(body("&#65;&#x42;&#X43;&#0010;&#x1F600;")).isEqualTo("ABC\n\uD83D\uDE00");
    }

    @Test
    void leavesWhatIsNotAReferenceAsWritten() {
        String[] kept = {"AT&T", "R&D budget", "a & b", "&unknown;", "&#xZZ;", "&#;", "&;", "&#0;", "&#xD800;",
            "&#99999999999;", "&amp", "&#12", "trailing &"};
        for (String s : kept) assertThat(body(s)).as(s).isEqualTo(s);
    }

    @Test
    void stripsTagsButKeepsALessThanSignThatOpensNoTag() {
        assertThat(body("x <b>bold</b> <!-- note --> a < b, 3 <4 <")).isEqualTo("x bold  a < b, 3 <4 <");
    }

    @Test
    void preIsFoundInAnyCaseAndWithAttributes() {
        assertThat(HtmlExtractor.extract("<PRE class=\"c\">one</Pre><pre\n>two</pre>")).isEqualTo("one\n\ntwo\n");
        assertThat(HtmlExtractor.extract("<prefix>no</prefix><p>no</p>")).isEmpty();
    }

    @Test
    void brokenPagesGiveWhatTheyCanWithoutThrowing() {
        assertThat(HtmlExtractor.scan("<html><body>no cable here</body></html>"))
                .isEqualTo(new HtmlExtractor.Extraction("", 0));
        assertThat(HtmlExtractor.extract("<pre>unclosed block &amp; more")).isEqualTo("unclosed block & more\n");
        assertThat(HtmlExtractor.extract("<pre>text <a href='x")).isEqualTo("text \n");
        assertThat(HtmlExtractor.extract("<pre")).isEmpty();
        assertThat(HtmlExtractor.extract("<pre>")).isEqualTo("\n");
        assertThat(HtmlExtractor.extract("")).isEmpty();
        assertThat(HtmlExtractor.extract("<pre>a</pre><pre>b")).isEqualTo("a\n\nb\n");
    }

    @Test
    void aPageWithoutPreIsReportedByTheReader() {
        byte[] page = "<!DOCTYPE html><html><body><p>nothing</p></body></html>".getBytes(StandardCharsets.UTF_8);
        ParsedCable parsed = Cables.read(page, "x", SourceFormat.HTML);
        assertThat(parsed.text()).isEmpty();
        assertThat(parsed.diagnostics()).extracting(d -> d.rule()).contains("html-no-pre");
        assertThat(parsed.source().toBytes()).isEqualTo(page);
    }

    @Test
    void theReaderReadsThePageText() {
        ParsedCable parsed = Cables.read(PAGE.getBytes(StandardCharsets.UTF_8), "09ATLANTIS42", SourceFormat.HTML);
        assertThat(parsed.text()).isEqualTo(HtmlExtractor.extract(PAGE));
        assertThat(parsed.cable().envelope().transmission().sequence()).isEqualTo("0042");
        Tiling.assertLossless(parsed, "page");
        assertThat(parsed.diagnostics()).extracting(d -> d.rule()).doesNotContain("html-no-pre");
    }

    private static String body(String pre) {
        String text = HtmlExtractor.extract("<p>x</p><pre>" + pre + "</pre>");
        return text.substring(0, text.length() - 1);
    }
}
