package org.chancery.archive;

import org.chancery.archive.index.SearchRequest;
import org.chancery.archive.index.SearchResult;
import org.chancery.archive.index.Snippet;
import org.chancery.archive.index.Visibility;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.store.NewVersion;
import org.chancery.archive.store.Provenance;
import org.chancery.cable.CableFacts;
import org.chancery.cable.Cables;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Level;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index keeps no body text: the snippets of a page of hits are made from the store of record
 * ({@link StoredPortions}), from the version the index holds, and only from the portions the reader may read.
 */
class SnippetsFromStoreTest {

    static final String ID = "09PRAGUE589";
    /** The secret paragraph mentions the embassy twice: it would win the snippet for anyone allowed to read it. */
    static final String V1 = cable("(S/NF) The embassy and the embassy staff discussed the zanzibar dossier.",
            "(U) The embassy will report.");
    static final String V2 = cable("(S/NF) The embassy and the embassy staff discussed the zanzibar dossier.",
            "(U) The embassy will report septel.");
    static final Visibility UNCLASSIFIED_ONLY = Visibility.readableClasses(
            l -> l.level() == Level.UNCLASSIFIED && l.controls().isEmpty());

    @TempDir
    Path tmp;

    static String cable(String... paragraphs) {
        return Fixtures.cable("PRAGUE", 589, 2009, 10, 2, List.of(), "CZECH ROADS AND RAILWAYS", paragraphs);
    }

    Archive ingest(String text) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve(ID + ".txt"), text);
        Archive archive = Archive.open(tmp.resolve("store"));
        archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
        return archive;
    }

    static Snippet snippet(Archive archive, String query, Visibility visibility) {
        SearchRequest request = SearchRequest.of(query);
        if (visibility != null) request = request.withVisibility(visibility);
        SearchResult result = archive.index().search(request);
        assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly(ID);
        return result.hits().get(0).snippet();
    }

    @Test
    void aRestrictedReadersSnippetNeverShowsAPortionTheyMayNotRead() throws IOException {
        try (Archive archive = ingest(V1)) {
            // Unrestricted: the secret paragraph has the most matches, so it makes the snippet.
            assertThat(snippet(archive, "embassy", null).text()).contains("zanzibar");
            Snippet restricted = snippet(archive, "embassy", UNCLASSIFIED_ONLY);
            assertThat(restricted.text()).contains("will report").doesNotContain("zanzibar").doesNotContain("staff");
        }
    }

    @Test
    void aWordOnlyInAnUnreadablePortionFindsNothingAndShowsNothing() throws IOException {
        try (Archive archive = ingest(V1)) {
            assertThat(snippet(archive, "zanzibar", null).text()).contains("zanzibar");
            SearchResult restricted = archive.index().search(SearchRequest.of("zanzibar")
                    .withVisibility(UNCLASSIFIED_ONLY));
            assertThat(restricted.total()).isZero();
            assertThat(restricted.hits()).isEmpty();
        }
    }

    @Test
    void theSnippetIsOfTheIndexedVersion() throws IOException {
        try (Archive archive = ingest(V1)) {
            // A second version reaches the store, not yet the index (an ingest in another process, say).
            byte[] source = V2.getBytes(StandardCharsets.UTF_8);
            ParsedCable parsed = Cables.read(source, ID + ".txt", SourceFormat.TEXT);
            archive.store().write(List.of(NewVersion.of(ID, parsed, CableFacts.of(parsed), source,
                    Provenance.file(ID + ".txt"))));
            assertThat(archive.store().versions(ID)).hasSize(2);
            assertThat(snippet(archive, "report", UNCLASSIFIED_ONLY).text())
                    .contains("will report").doesNotContain("septel");
        }
        // Opening the archive again puts the new version into the index: its text makes the snippet now.
        try (Archive archive = Archive.open(tmp.resolve("store"))) {
            assertThat(snippet(archive, "report", UNCLASSIFIED_ONLY).text()).contains("will report septel");
        }
    }
}
