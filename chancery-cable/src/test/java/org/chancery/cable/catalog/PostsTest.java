package org.chancery.cable.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostsTest {

    private final Posts posts = Posts.builtIn();

    @Test
    void byPladFindsEmbassyWithItsNames() {
        Post prague = posts.byPlad("AMEMBASSY PRAGUE").orElseThrow();
        assertThat(prague.name()).isEqualTo("Embassy Prague");
        assertThat(prague.ri()).isEqualTo("RUEHPG");
        assertThat(prague.mrnOrigin()).isEqualTo("PRAGUE");
        assertThat(prague.idPrefix()).isEqualTo("PRAGUE");
    }

    @Test
    void byPladIgnoresCaseAndExtraWhitespace() {
        assertThat(posts.byPlad("  amembassy   san\tjose ")).map(Post::name).contains("Embassy San Jose");
        assertThat(posts.byPlad("SecState WashDC")).map(Post::name).contains("Secretary of State");
    }

    @Test
    void byPladTakesMisspelledPrefixesCountrySuffixAndOfficeSuffix() {
        assertThat(posts.byPlad("AMMBASSY PRAGUE")).map(Post::name).contains("Embassy Prague");
        assertThat(posts.byPlad("AMEMBASSY TRIPOLI LY")).map(Post::name).contains("Embassy Tripoli");
        assertThat(posts.byPlad("USDEL SECRETARY//EUROPE//")).map(Post::name).contains("US Delegation, Secretary");
    }

    @Test
    void byPladFindsOldNamesOfRenamedPosts() {
        Post kiev = posts.byPlad("AMEMBASSY KIEV").orElseThrow();
        assertThat(kiev.name()).isEqualTo("Embassy Kyiv");
        assertThat(kiev.idPrefix()).isEqualTo("KIEV");
        assertThat(posts.byPlad("AMCONSUL CALCUTTA")).map(Post::name).contains("Consulate Kolkata");
    }

    @Test
    void byPladNotFound() {
        assertThat(posts.byPlad("AMEMBASSY ATLANTIS")).isEmpty();
        assertThat(posts.byPlad("")).isEmpty();
        assertThat(posts.byPlad(null)).isEmpty();
    }

    @Test
    void byMrnOriginFindsPostWords() {
        assertThat(posts.byMrnOrigin("PRAGUE")).map(Post::name).contains("Embassy Prague");
        assertThat(posts.byMrnOrigin("STATE")).map(Post::name).contains("Secretary of State");
        assertThat(posts.byMrnOrigin("SECSTATE")).map(Post::name).contains("Secretary of State");
        assertThat(posts.byMrnOrigin("USUN NEW YORK")).map(Post::name).contains("USUN New York");
        assertThat(posts.byMrnOrigin("USUN")).map(Post::name).contains("USUN New York");
        assertThat(posts.byMrnOrigin("USNATO")).map(Post::name).contains("Mission USNATO");
        assertThat(posts.byMrnOrigin("san  jose")).map(Post::name).contains("Embassy San Jose");
        assertThat(posts.byMrnOrigin("SANJOSE")).map(Post::name).contains("Embassy San Jose");
        assertThat(posts.byMrnOrigin("UNVIE VIENNA")).map(Post::name).contains("UNVIE");
        assertThat(posts.byMrnOrigin("RPO DUBAI")).map(Post::name).contains("Iran RPO Dubai");
        assertThat(posts.byMrnOrigin("DUBAI")).map(Post::name).contains("Consulate Dubai");
    }

    @Test
    void sharedPostWordGoesToTheFirstListedPost() {
        assertThat(posts.byMrnOrigin("BRUSSELS")).map(Post::name).contains("Embassy Brussels");
        assertThat(posts.byMrnOrigin("USEU BRUSSELS")).map(Post::name).contains("USEU Brussels");
        assertThat(posts.byPlad("USEU BRUSSELS")).map(Post::name).contains("USEU Brussels");
    }

    @Test
    void byMrnOriginNotFound() {
        assertThat(posts.byMrnOrigin("ATLANTIS")).isEmpty();
        assertThat(posts.byMrnOrigin(" ")).isEmpty();
        assertThat(posts.byMrnOrigin(null)).isEmpty();
    }

    @Test
    void byRiAndByIdPrefix() {
        assertThat(posts.byRi("RUEHPG")).map(Post::name).contains("Embassy Prague");
        assertThat(posts.byRi("ruehc")).map(Post::name).contains("Secretary of State");
        assertThat(posts.byRi("RUEHKV")).map(Post::plad).contains("AMEMBASSY KYIV");
        assertThat(posts.byRi("RZZZZZ")).isEmpty();
        assertThat(posts.byRi(null)).isEmpty();
        assertThat(posts.byIdPrefix("USUNNEWYORK")).map(Post::name).contains("USUN New York");
        assertThat(posts.byIdPrefix("NOWHERE")).isEmpty();
    }

    @Test
    void originNameOfCataloguedAndSpecialPosts() {
        assertThat(posts.originName("SECSTATE WASHDC")).isEqualTo("Secretary of State");
        assertThat(posts.originName("USMISSION USNATO")).isEqualTo("Mission USNATO");
        assertThat(posts.originName("USEU BRUSSELS")).isEqualTo("USEU Brussels");
        assertThat(posts.originName("USMISSION USUN NEW YORK")).isEqualTo("USUN New York");
        assertThat(posts.originName("USMISSION UNVIE VIENNA")).isEqualTo("UNVIE");
        assertThat(posts.originName("USMISSION GENEVA")).isEqualTo("US Mission Geneva");
        assertThat(posts.originName("USINT HAVANA")).isEqualTo("US Interests Section Havana");
        assertThat(posts.originName("RPO DUBAI")).isEqualTo("Iran RPO Dubai");
        assertThat(posts.originName("IRAN RPO DUBAI")).isEqualTo("Iran RPO Dubai");
        assertThat(posts.originName("AIT TAIPEI")).isEqualTo("American Institute Taiwan, Taipei");
        assertThat(posts.originName("REO BASRAH")).isEqualTo("REO Basrah");
        assertThat(posts.originName("AMEMBASSY PORT AU PRINCE")).isEqualTo("Embassy Port Au Prince");
        assertThat(posts.originName("AMEMBASSY BUENOS AIRES")).isEqualTo("Embassy Buenos Aires");
    }

    @Test
    void originNameDerivesUncataloguedPosts() {
        assertThat(posts.originName("AMEMBASSY NEW ATLANTIS")).isEqualTo("Embassy New Atlantis");
        assertThat(posts.originName("ammbassy   new atlantis")).isEqualTo("Embassy New Atlantis");
        assertThat(posts.originName("AMCONSUL SAN LORENZO")).isEqualTo("Consulate San Lorenzo");
        assertThat(posts.originName("AMCONSUL SAN LORENZO XX")).isEqualTo("Consulate San Lorenzo");
        assertThat(posts.originName("USMISSION ATLANTIS")).isEqualTo("US Mission Atlantis");
        assertThat(posts.originName("SECSTATE WASHINGTON")).isEqualTo("Secretary of State");
    }

    @Test
    void originNameIsNullForNonOriginators() {
        assertThat(posts.originName("CDR USCENTCOM MACDILL AFB FL")).isNull();
        assertThat(posts.originName("AMEMBASSY")).isNull();
        assertThat(posts.originName("")).isNull();
        assertThat(posts.originName(null)).isNull();
    }

    @Test
    void titleCaseIsLocaleIndependent() {
        // Surefire runs with a Turkish locale: "I" must not become a dotless i.
        assertThat(posts.originName("AMEMBASSY ISLAMABAD")).isEqualTo("Embassy Islamabad");
        assertThat(posts.originName("AMEMBASSY TIRANA XYZ")).isEqualTo("Embassy Tirana Xyz");
    }

    @Test
    void idPrefixRemovesSpacesAndNormalisesAliases() {
        assertThat(posts.idPrefix("SECSTATE")).isEqualTo("STATE");
        assertThat(posts.idPrefix("STATE")).isEqualTo("STATE");
        assertThat(posts.idPrefix("SAN JOSE")).isEqualTo("SANJOSE");
        assertThat(posts.idPrefix("USUN NEW YORK")).isEqualTo("USUNNEWYORK");
        assertThat(posts.idPrefix("USUN")).isEqualTo("USUNNEWYORK");
        assertThat(posts.idPrefix("KIEV")).isEqualTo("KIEV");
        assertThat(posts.idPrefix(" prague ")).isEqualTo("PRAGUE");
        assertThat(posts.idPrefix("NEW  ATLANTIS")).isEqualTo("NEWATLANTIS");
        assertThat(posts.idPrefix("")).isNull();
        assertThat(posts.idPrefix(null)).isNull();
    }

    @Test
    void loadedFileWinsOverBuiltIn(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("posts.tsv");
        Files.writeString(file, """
                # a fuller list
                Embassy Atlantis\tAMEMBASSY ATLANTIS\tRUEHXQ\tATLANTIS\tATLANTIS\tATLANTIS CITY|AMEMBASSY POSEIDONIA
                Embassy of Prague\tAMEMBASSY PRAGUE\t-\tPRAGUE\tPRAGUE
                """, StandardCharsets.UTF_8);
        Posts loaded = Posts.load(file);
        assertThat(loaded.byRi("RUEHXQ")).map(Post::name).contains("Embassy Atlantis");
        assertThat(loaded.byPlad("AMEMBASSY POSEIDONIA")).map(Post::name).contains("Embassy Atlantis");
        assertThat(loaded.byMrnOrigin("atlantis city")).map(Post::idPrefix).contains("ATLANTIS");
        assertThat(loaded.originName("AMEMBASSY PRAGUE")).isEqualTo("Embassy of Prague");
        assertThat(loaded.byPlad("SECSTATE WASHDC")).isPresent();
        assertThat(loaded.byRi("RUEHPG")).map(Post::name).contains("Embassy Prague");
        assertThat(loaded.all()).hasSize(posts.all().size() + 2);
    }

    @Test
    void malformedFilesNameFileLineAndProblem(@TempDir Path dir) throws IOException {
        assertMalformed(dir, "Embassy X\tAMEMBASSY X\tRUEHXX\tX\n", 1, "expected NAME, PLAD");
        assertMalformed(dir, "# c\n\nEmbassy X\tAMEMBASSY X\t\tX\tX\n", 3, "RI");
        assertMalformed(dir, "Embassy X\tAMEMBASSY X\tXUEHXX\tX\tX\n", 1, "not R followed");
        assertMalformed(dir, "Embassy X\tAMEMBASSY X\t-\tX\tX 1\n", 1, "ID_PREFIX");
        assertMalformed(dir, "Embassy X\tAMEMBASSY X\t-\tX\tX\tA||B\n", 1, "empty alias");
    }

    private static void assertMalformed(Path dir, String content, int line, String problem) throws IOException {
        Path file = dir.resolve("bad.tsv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Posts.load(file))
                .isInstanceOf(CatalogFormatException.class)
                .hasMessageStartingWith(file + ":" + line + ": ")
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((CatalogFormatException) e).line()).isEqualTo(line));
    }

    @Test
    void everyBuiltInPostIsReachableByItsOwnKeys() {
        for (Post post : posts.all()) {
            assertThat(posts.byPlad(post.plad())).as(post.plad()).isPresent();
            assertThat(posts.byMrnOrigin(post.mrnOrigin())).as(post.mrnOrigin()).isPresent();
            assertThat(post.idPrefix()).doesNotContain(" ");
            assertThat(post.aliases()).isEqualTo(List.copyOf(post.aliases()));
        }
    }
}
