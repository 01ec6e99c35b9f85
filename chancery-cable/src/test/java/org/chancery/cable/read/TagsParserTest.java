package org.chancery.cable.read;

import org.chancery.cable.model.Tag;
import org.chancery.cable.model.TagKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TagsParserTest {

    private static List<String> codes(String text) {
        return TagsParser.parse(text).tags().stream().map(Tag::code).toList();
    }

    @Test
    void spacesCommasAndLowerCase() {
        assertThat(codes("PARM PREL EZ EUN")).containsExactly("PARM", "PREL", "EZ", "EUN");
        assertThat(codes("PREL, PGOV, MT")).containsExactly("PREL", "PGOV", "MT");
        assertThat(codes("prel, pgov, pins, tu")).containsExactly("PREL", "PGOV", "PINS", "TU");
    }

    @Test
    void kinds() {
        List<Tag> tags = TagsParser.parse("PREL KDEM EZ").tags();
        assertThat(tags).extracting(Tag::kind).containsExactly(TagKind.SUBJECT, TagKind.PROGRAM, TagKind.GEOGRAPHIC);
    }

    @Test
    void personTagsWithAndWithoutParentheses() {
        Tag withParens = TagsParser.parse("PREL OVIP (RIVERA, ANNA) MT").tags().get(1);
        assertThat(withParens).isEqualTo(new Tag("OVIP", TagKind.PERSON, "RIVERA, ANNA"));
        List<Tag> bare = TagsParser.parse("OVIP RIVERALOPEZ ANNAMARIA PREL").tags();
        assertThat(bare.get(0)).isEqualTo(new Tag("OVIP", TagKind.PERSON, "RIVERALOPEZ ANNAMARIA"));
        assertThat(bare.get(1).code()).isEqualTo("PREL");
    }

    @Test
    void fusedTagsSplit() {
        assertThat(codes("PHUMPGOV")).containsExactly("PHUM", "PGOV");
        assertThat(codes("KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG"))
                .containsExactly("KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG");
    }

    @Test
    void englishWordsAreNotCutIntoCountryCodes() {
        List<Tag> tags = TagsParser.parse("PGOV MALTESE POLITICS").tags();
        assertThat(tags.get(1)).isEqualTo(Tag.of("MALTESE POLITICS", TagKind.UNKNOWN));
    }

    @Test
    void sipdisStrayedIntoTags() {
        TagsParser.Result r = TagsParser.parse("PREL SIPDIS MT");
        assertThat(r.sipdis()).isTrue();
        assertThat(r.tags()).extracting(Tag::code).containsExactly("PREL", "MT");
    }
}
