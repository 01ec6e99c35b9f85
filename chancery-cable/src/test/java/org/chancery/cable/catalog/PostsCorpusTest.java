package org.chancery.cable.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Measures the posts catalog against the Cablegate cables and their metadata. */
class PostsCorpusTest {

    private final Posts posts = Posts.builtIn();

    @Test
    void originNameOfFmLineAgreesWithMetadataOrigin() throws IOException {
        int withFm = 0;
        int agree = 0;
        List<String> disagreements = new ArrayList<>();
        for (Corpus.Row row : Corpus.metadata()) {
            String fm = Corpus.fmPlad(Corpus.cableLines(row.get("id")));
            if (fm == null) {
                continue;
            }
            withFm++;
            String name = posts.originName(fm);
            if (Objects.equals(name, row.get("origin"))) {
                agree++;
            } else if (disagreements.size() < 20) {
                disagreements.add(row.get("id") + ": FM " + fm + " -> " + name + ", metadata " + row.get("origin"));
            }
        }
        double percent = 100.0 * agree / withFm;
        System.out.printf(java.util.Locale.ROOT, "posts: originName(FM PLAD) agrees with metadata origin for %d of %d cables with an FM"
                + " line (%.2f%%)%n", agree, withFm, percent);
        disagreements.forEach(d -> System.out.println("  " + d));
        assertThat(withFm).isGreaterThan(3000);
        assertThat(percent).isGreaterThanOrEqualTo(99.5);
    }

    @Test
    void everyMetadataOriginIsACataloguedPostName() throws IOException {
        Set<String> names = new HashSet<>();
        posts.all().forEach(p -> names.add(p.name()));
        Set<String> origins = new HashSet<>();
        for (Corpus.Row row : Corpus.metadata()) {
            origins.add(row.get("origin"));
        }
        System.out.printf(java.util.Locale.ROOT, "posts: %d distinct metadata origins%n", origins.size());
        assertThat(names).containsAll(origins);
    }

    @Test
    void idPrefixOfTheIdsPostWordGivesBackTheIdsPrefix() throws IOException {
        int total = 0;
        int agree = 0;
        for (Corpus.Row row : Corpus.metadata()) {
            String id = row.get("id");
            int start = 2;
            int end = id.length();
            while (end > start && Character.isDigit(id.charAt(end - 1))) {
                end--;
            }
            String prefix = id.substring(start, end);
            total++;
            if (posts.byIdPrefix(prefix).map(Post::name).filter(row.get("origin")::equals).isPresent()
                    || posts.byMrnOrigin(prefix).map(Post::name).filter(row.get("origin")::equals).isPresent()) {
                agree++;
            }
        }
        double percent = 100.0 * agree / total;
        System.out.printf(java.util.Locale.ROOT, "posts: id prefix resolves to the metadata origin for %d of %d ids (%.2f%%)%n",
                agree, total, percent);
        assertThat(percent).isGreaterThanOrEqualTo(99.0);
    }
}
