package org.chancery.archive.secure;

import org.chancery.archive.Archive;
import org.chancery.archive.Fixtures;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.cable.model.Level;
import org.chancery.security.Policy;
import org.chancery.security.Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The number of versions a read of a cable gives: the gate does not ask the store for the versions of a cable
 * whose current version is its first (it is then the only one), and asks it for any other.
 */
class VersionCountTest {

    @TempDir
    Path dir;

    private static final Viewer READER = Viewer.as(Principal.reader("c", Level.CONFIDENTIAL));
    private static final String ID = "09PRAGUE77";

    private int batch;

    private void ingest(Archive archive, String... paragraphs) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in" + batch++));
        Files.writeString(in.resolve(ID + ".txt"), Fixtures.cable("PRAGUE", 77, 2009, 10, 2, List.of(), "TALKS",
                paragraphs), StandardCharsets.UTF_8);
        archive.ingest(List.of(in), IngestOptions.defaults(), IngestListener.NONE);
    }

    @Test
    void aReadCountsEveryVersionTheViewerMaySee() throws IOException {
        try (Archive archive = Archive.open(dir.resolve("store"))) {
            SecureArchive gate = new SecureArchive(archive, Policy.PORTION, SecureArchive.NO_AUDIT);
            ingest(archive, "The first text.");
            assertThat(gate.cable(READER, ID, null).versions()).isEqualTo(1);
            assertThat(gate.versions(READER, ID)).extracting(ShownVersion::version).containsExactly(1);

            ingest(archive, "The first text.", "A correction.");
            ShownCable current = gate.cable(READER, ID, null);
            assertThat(current.version()).isEqualTo(2);
            assertThat(current.versions()).isEqualTo(2);
            assertThat(gate.cable(READER, ID, 1).versions()).isEqualTo(2);
            assertThat(gate.versions(READER, ID)).extracting(ShownVersion::version).containsExactly(1, 2);

            ingest(archive, "The first text.", "A correction.", "Another.");
            assertThat(gate.cable(READER, ID, 2).versions()).isEqualTo(3);
            assertThat(gate.cable(READER, ID, null).versions()).isEqualTo(3);
        }
    }
}
