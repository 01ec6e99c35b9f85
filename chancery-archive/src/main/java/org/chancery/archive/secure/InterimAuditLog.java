package org.chancery.archive.secure;

import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.ByteBuffer;

/**
 * A stand-in for the store's hash-chained audit log until it is on main: appends each event as one
 * tab-separated line (at, user, action, target, allowed, reason) to {@code audit-interim.tsv} in the archive
 * folder, forced to disk before {@link #append} returns. No chaining, no verification: replace it with the
 * store's {@code SqliteAuditLog} (same interface) when that lands.
 */
public final class InterimAuditLog implements AuditLog {

    public static final String FILE_NAME = "audit-interim.tsv";

    private final Path file;

    public InterimAuditLog(Path archiveDir) {
        this.file = archiveDir.resolve(FILE_NAME);
    }

    @Override
    public synchronized long append(AuditEvent e) {
        String line = String.join("\t", String.valueOf(e.at()), clean(e.user()), clean(e.action()), clean(e.target()),
                String.valueOf(e.allowed()), clean(e.reason())) + "\n";
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND)) {
            long position = ch.size();
            ch.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
            ch.force(false);
            return position;
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot append to the audit log " + file + ": " + ex.getMessage(), ex);
        }
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
