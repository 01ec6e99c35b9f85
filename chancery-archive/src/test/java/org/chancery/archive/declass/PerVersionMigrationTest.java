package org.chancery.archive.declass;

import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.store.SqliteCableStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.chancery.archive.declass.DeclassFixtures.cable;
import static org.chancery.archive.declass.DeclassFixtures.id;

/**
 * Migration V4 (one declassification and one review item per version): rows written under V3 keep their meaning
 * — a declassification row names the version it was recorded for, and governs that version only.
 */
class PerVersionMigrationTest {

    @TempDir
    Path dir;

    @Test
    void rowsOfTheV3TablesKeepTheVersionTheyNamed() throws IOException, SQLException {
        Path store = dir.resolve("store");
        String reviewed = id(301, 2009);
        String pending = id(302, 2009);
        try (Archive archive = Archive.open(store)) {
            ingest(archive, 301, cable(301, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) One.", "(S) Two."));
            ingest(archive, 302, cable(302, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) One."));
            new Declassifier(archive, "reviewer").run(LocalDate.parse("2010-01-01"));
            // a correction of the reviewed cable arrived after the review, as it could under V3
            ingest(archive, 301, cable(301, 2009, "SECRET", "E.O. 12958: DECL: OADR", "(S) TALKS", "(S) One.",
                    "(S) Two.", "(S) Three, new."));
        }
        // the store as V3 left it: its tables, its rows (the cable reviewed at version 1), V4 and later not applied
        try (Connection c = SqliteCableStore.dataSource(store).getConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TABLE declassification");
            st.executeUpdate("DROP TABLE declass_review");
            for (String table : List.of("declassification", "declass_review")) st.executeUpdate(v3Create(table));
            st.executeUpdate("INSERT INTO declassification VALUES ('" + reviewed + "', 1, '2026-05-01', "
                    + "'E.O. 12958, declassification review', 'REVIEW', '2', 0, 'reviewer', '2026-05-01T09:00:00Z')");
            st.executeUpdate("INSERT INTO declass_review VALUES ('" + reviewed + "', 'OADR', 'DECL: OADR', '2010-01-01', "
                    + "'DECLASSIFIED', NULL, NULL, 'reviewer', '2026-05-01T09:00:00Z')");
            st.executeUpdate("INSERT INTO declass_review VALUES ('" + pending + "', 'OADR', 'DECL: OADR', '2010-01-01', "
                    + "'PENDING', NULL, NULL, NULL, NULL)");
            // (V6, the store's dropped text index, came later too)
            st.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('4', '5', '6')");
        }

        try (Archive archive = Archive.open(store)) {
            // V5 numbered the row after the last version (seq 3) in the change sequence, and the open replayed it
            assertThat(archive.store().lastSeq()).isEqualTo(4);
            assertThat(archive.index().committedSeq()).isEqualTo(4);
            assertThat(archive.declassification(reviewed, 1)).hasValueSatisfying(d -> {
                assertThat(d.exemptParagraphs()).containsExactly(2);
                assertThat(d.basis()).isEqualTo(Basis.REVIEW);
            });
            // under V3 version 2 was read under it; now it is read at its markings
            assertThat(archive.declassification(reviewed)).isEmpty();
            Declassifier declassifier = new Declassifier(archive, "reviewer",
                    Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC));
            assertThat(declassifier.queue(true)).extracting(ReviewItem::cableId, ReviewItem::version, ReviewItem::state)
                    .containsExactly(tuple(reviewed, 1, ReviewItem.State.DECLASSIFIED),
                            tuple(pending, 1, ReviewItem.State.PENDING));
            // and the next run sends the unreviewed version 2 to review
            assertThat(declassifier.run(LocalDate.parse("2026-06-01")).queued()).singleElement().satisfies(q -> {
                assertThat(q.cableId()).isEqualTo(reviewed);
                assertThat(q.version()).isEqualTo(2);
                assertThat(q.note()).contains("declassified on review on 2026-05-01 (version 1, in part: paragraph 2");
            });
            assertThat(declassifier.decide(pending, 1, new ReviewDecision.Partial(Set.of(1), false),
                    LocalDate.parse("2026-06-01"))).isPresent();
        }
    }

    private void ingest(Archive archive, int mrn, String text) throws IOException {
        Path in = Files.createTempDirectory(dir, "in");
        Files.writeString(in.resolve(id(mrn, 2009) + ".txt"), text, StandardCharsets.UTF_8);
        archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
    }

    /** The CREATE TABLE statement of {@code table} as migration V3 wrote it, comments removed. */
    private static String v3Create(String table) throws IOException {
        String sql;
        try (InputStream in = PerVersionMigrationTest.class.getResourceAsStream(
                "/db/migration/V3__audit_and_declassification.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("--[^\n]*", "");
        }
        Matcher m = Pattern.compile("CREATE TABLE " + table + " \\(.*?\\) WITHOUT ROWID;", Pattern.DOTALL).matcher(sql);
        assertThat(m.find()).as("V3 creates " + table).isTrue();
        return m.group();
    }
}
