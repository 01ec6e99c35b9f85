package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.audit.SqliteAuditLog;
import org.chancery.archive.store.SqliteCableStore;
import org.chancery.archive.users.UserStore;

import java.nio.file.Path;

/**
 * The audit log and the users of the store of record, opened without the search index: for the commands that
 * manage users and settings, query the audit log, or check a role before opening the archive.
 */
record StoreRecords(SqliteAuditLog audit, UserStore users) implements AutoCloseable {

    /** Opens them in {@code dir}, creating the store when missing. */
    static StoreRecords open(Path dir) {
        SqliteCableStore.open(dir).close(); // creates the store when missing and brings its schema up to date
        SqliteAuditLog audit = SqliteAuditLog.open(dir);
        try {
            return new StoreRecords(audit, UserStore.open(dir, audit));
        } catch (RuntimeException e) {
            audit.close();
            throw e;
        }
    }

    /** Opens them in an existing archive; a folder with no archive is bad input. */
    static StoreRecords openExisting(StoreOption store) {
        if (!Archive.exists(store.dir())) {
            throw new BadInputException("no archive in '" + store.dir() + "' (ingest cables first, or give --store)");
        }
        return open(store.dir());
    }

    @Override
    public void close() {
        try {
            users.close();
        } finally {
            audit.close();
        }
    }
}
