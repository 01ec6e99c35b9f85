package org.chancery.cable.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.chancery.cable.model.TagKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagsTest {

    private final Tags tags = Tags.builtIn();

    @Test
    void lookupFindsEachKind() {
        assertThat(tags.lookup("PREL")).map(TagInfo::kind).contains(TagKind.SUBJECT);
        assertThat(tags.lookup("KDEM")).map(TagInfo::kind).contains(TagKind.PROGRAM);
        assertThat(tags.lookup("EZ")).map(TagInfo::meaning).contains("Czech Republic");
        assertThat(tags.lookup("EUN")).map(TagInfo::kind).contains(TagKind.ORGANIZATION);
        assertThat(tags.lookup("OVIP")).map(TagInfo::kind).contains(TagKind.PERSON);
        assertThat(tags.lookup("UK")).map(TagInfo::meaning).contains("United Kingdom");
        assertThat(tags.lookup("RS")).map(TagInfo::meaning).contains("Russia");
    }

    @Test
    void lookupIgnoresCaseAndWhitespaceUnderATurkishLocale() {
        // "i" upper-cases to a dotted capital I in Turkish; lookups must not depend on the default locale
        assertThat(tags.lookup(" kirf ")).map(TagInfo::code).contains("KIRF");
        assertThat(tags.lookup("phum")).map(TagInfo::code).contains("PHUM");
    }

    @Test
    void lookupNotFound() {
        assertThat(tags.lookup("ZZZZ")).isEmpty();
        assertThat(tags.lookup("")).isEmpty();
        assertThat(tags.lookup(null)).isEmpty();
        assertThat(tags.isKnown("POGOV")).isFalse();
        assertThat(tags.isKnown("PGOV")).isTrue();
    }

    @Test
    void aCodeWithTwoReadingsGivesTheUsualOneFirst() {
        assertThat(tags.lookup("AU")).map(TagInfo::kind).contains(TagKind.ORGANIZATION);
        assertThat(tags.lookupAll("AU")).extracting(TagInfo::kind)
                .containsExactly(TagKind.ORGANIZATION, TagKind.GEOGRAPHIC);
        assertThat(tags.lookupAll("NOPE")).isEmpty();
    }

    @Test
    void kindOfGuessesByShapeWhenNotCatalogued() {
        assertThat(tags.kindOf("PGOV")).isEqualTo(TagKind.SUBJECT);
        assertThat(tags.kindOf("QQ")).isEqualTo(TagKind.GEOGRAPHIC);
        assertThat(tags.kindOf("KQQQ")).isEqualTo(TagKind.PROGRAM);
        assertThat(tags.kindOf("QQQQ")).isEqualTo(TagKind.SUBJECT);
        assertThat(tags.kindOf("HUMAN RIGHTS")).isEqualTo(TagKind.UNKNOWN);
        assertThat(tags.kindOf("POLITICS")).isEqualTo(TagKind.UNKNOWN);
        assertThat(tags.kindOf("Q1")).isEqualTo(TagKind.UNKNOWN);
        assertThat(tags.kindOf(null)).isEqualTo(TagKind.UNKNOWN);
        assertThat(tags.kindOf("nato")).isEqualTo(TagKind.ORGANIZATION);
    }

    @Test
    void splitsFusedTags() {
        assertThat(tags.splitFused("PHUMPGOV")).containsExactly("PHUM", "PGOV");
        assertThat(tags.splitFused("KFRDKIRFCVISCMGTKOCIASECPHUMSMIGEG"))
                .containsExactly("KFRD", "KIRF", "CVIS", "CMGT", "KOCI", "ASEC", "PHUM", "SMIG", "EG");
        assertThat(tags.splitFused("etrdeinvecinpgovcs")).containsExactly("ETRD", "EINV", "ECIN", "PGOV", "CS");
        assertThat(tags.splitFused("VTPREL")).containsExactly("VT", "PREL");
        assertThat(tags.splitFused("PREL")).containsExactly("PREL");
    }

    @Test
    void splitFusedPrefersFewerLongerCodes() {
        // "UNGA" is a code; "UN" + "GA" would also cover it
        assertThat(tags.splitFused("UNGAPREL")).containsExactly("UNGA", "PREL");
    }

    @Test
    void splitFusedGivesNothingWhenItCannotCover() {
        assertThat(tags.splitFused("PHUMQQ")).isEmpty();
        assertThat(tags.splitFused("POLITICS")).isEmpty();
        assertThat(tags.splitFused("PHUM PGOV")).isEmpty();
        assertThat(tags.splitFused("")).isEmpty();
        assertThat(tags.splitFused(null)).isEmpty();
    }

    @Test
    void splitFusedHandlesLongInput() {
        String fused = "PHUMPGOV".repeat(20_000);
        assertThat(tags.splitFused(fused)).hasSize(40_000);
    }

    @Test
    void meaningsMatchingFindsTagsByWords() {
        assertThat(tags.meaningsMatching("arms control")).extracting(TagInfo::code).contains("PARM");
        assertThat(tags.meaningsMatching("Trafficking in PERSONS")).extracting(TagInfo::code).contains("KTIP");
        assertThat(tags.meaningsMatching("czech")).extracting(TagInfo::code).containsExactly("EZ");
        assertThat(tags.meaningsMatching("prel")).extracting(TagInfo::code).containsExactly("PREL");
        assertThat(tags.meaningsMatching("no such words here")).isEmpty();
        assertThat(tags.meaningsMatching(" ")).isEmpty();
    }

    @Test
    void builtInCoversTheBriefsTags() {
        for (String code : ("PREL PGOV PARM ECON EFIN ETRD EINV ENRG EAID MARR MOPS MASS PHUM PTER SNAR KCRM KDEM "
                + "KPAO KJUS KIRF KTIP KNNP KFRD CVIS CMGT ASEC AMGT OVIP OEXC OTRA SENV SOCI TBIO TSPL EZ RS CH UK IS "
                + "GM FR JA KS KN IR IZ AF PK US EUN NATO UNSC IAEA OAS AU ASEAN").split(" ")) {
            assertThat(tags.isKnown(code)).as(code).isTrue();
        }
    }

    @Test
    void builtInShapesMatchKinds() {
        for (TagInfo tag : tags.all()) {
            switch (tag.kind()) {
                case GEOGRAPHIC -> assertThat(tag.code()).as(tag.code()).hasSize(2);
                case PROGRAM -> assertThat(tag.code()).as(tag.code()).hasSize(4).startsWith("K");
                case SUBJECT -> assertThat(tag.code().length()).as(tag.code()).isBetween(3, 5);
                default -> { }
            }
            assertThat(tag.meaning()).isNotBlank();
        }
    }

    @Test
    void loadedFileComesOnTopOfBuiltIn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("tags.tsv");
        Files.writeString(file, """
                # fuller list
                QQXX\tSUBJECT\ta made-up subject
                PREL\tsubject\tforeign relations (fuller wording)
                """, StandardCharsets.UTF_8);
        Tags loaded = Tags.load(file);
        assertThat(loaded.lookup("QQXX")).map(TagInfo::meaning).contains("a made-up subject");
        assertThat(loaded.lookup("PREL")).map(TagInfo::meaning).contains("foreign relations (fuller wording)");
        assertThat(loaded.lookupAll("PREL")).hasSize(2);
        assertThat(loaded.isKnown("EZ")).isTrue();
        assertThat(loaded.splitFused("QQXXEZ")).containsExactly("QQXX", "EZ");
        assertThat(tags.isKnown("QQXX")).isFalse();
    }

    @Test
    void malformedFilesNameFileLineAndProblem(@TempDir Path dir) throws IOException {
        assertMalformed(dir, "PREL\tSUBJECT\n", 1, "CODE, KIND, MEANING");
        assertMalformed(dir, "# c\nPREL\tSUBJECT\tok\nPR3L\tSUBJECT\tbad\n", 3, "letters");
        assertMalformed(dir, "PREL\tTOPIC\tbad kind\n", 1, "kind \"TOPIC\"");
        assertMalformed(dir, "PREL\tUNKNOWN\tbad kind\n", 1, "kind");
        assertMalformed(dir, "PREL\tSUBJECT\t \n", 1, "empty meaning");
        assertMalformed(dir, "P\tSUBJECT\ttoo short\n", 1, "2 to");
    }

    private static void assertMalformed(Path dir, String content, int line, String problem) throws IOException {
        Path file = dir.resolve("bad-tags.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Tags.load(file))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(problem);
    }
}
