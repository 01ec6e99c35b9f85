package org.chancery.switching.release;

import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Archives released cables through the archive's ingest, the one path by which cables enter the store of record
 * and the index (with their markings, which the archive reads from the text). The text is handed over as a file
 * named by the cable id, which the archive keeps as the id.
 */
public final class ArchiveIngestSink implements ArchiveSink {

    private final Archive archive;

    public ArchiveIngestSink(Archive archive) {
        this.archive = archive;
    }

    @Override
    public void archive(String cableId, String text) throws IOException {
        Path dir = Files.createTempDirectory("chancery-release-");
        Path file = dir.resolve(cableId + ".txt");
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            IngestSummary s = archive.ingest(List.of(file), IngestOptions.defaults(), IngestListener.NONE);
            if (!s.rejected().isEmpty()) {
                throw new IOException("the archive rejected " + cableId + ": " + s.rejected());
            }
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
