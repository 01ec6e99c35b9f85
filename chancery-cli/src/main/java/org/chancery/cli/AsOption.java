package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.secure.InterimAuditLog;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.users.User;
import org.chancery.archive.users.UserException;
import org.chancery.archive.users.UserStore;
import org.chancery.archive.audit.AuditLog;
import org.chancery.security.Role;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/**
 * The {@code --as USER} option: answer exactly as that user may see. Without it a command acts as the local
 * administrator of the embedded store (who owns its files and could read them anyway).
 */
final class AsOption {

    @Option(names = "--as", paramLabel = "USER",
            description = "Act as this user of the archive (see 'chancery users'); default: the local administrator.")
    private String user;

    String user() {
        return user;
    }

    /** The audit log of the archive in {@code dir}. */
    static AuditLog auditLog(Path dir) {
        return new InterimAuditLog(dir);
    }

    /** The viewer: the local administrator, or the user named by {@code --as} (unknown: bad input). */
    Viewer viewer(UserStore users) {
        if (user == null) return Viewer.LOCAL_ADMINISTRATOR;
        try {
            return Viewer.as(users.require(user).principal());
        } catch (UserException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /**
     * Who changes the archive or its users: the local administrator, or the user named by {@code --as}, who must
     * then hold the administrator role.
     */
    String administrator(UserStore users, String what) {
        if (user == null) return Viewer.LOCAL_ADMINISTRATOR.id();
        User u;
        try {
            u = users.require(user);
        } catch (UserException e) {
            throw new BadInputException(e.getMessage());
        }
        if (!u.principal().hasRole(Role.ADMINISTRATOR)) {
            throw new BadInputException("user '" + user + "' may not " + what + ": it needs the administrator role");
        }
        return u.id();
    }

    /** Checks the administrator role when {@code --as} is given, on the archive in {@code dir}. */
    void requireAdministrator(Path dir, String what) {
        if (user == null) return;
        try (UserStore users = UserStore.open(dir, auditLog(dir))) {
            administrator(users, what);
        }
    }

    /** The archive in {@code store}, opened for reading behind the gate, for the viewer of {@code --as}. */
    Secured openForReading(StoreOption store) {
        Archive archive = store.openForReading();
        try {
            Path dir = store.dir();
            AuditLog audit = auditLog(dir);
            try (UserStore users = UserStore.open(dir, audit)) {
                return new Secured(new SecureArchive(archive, users.policy(), audit), viewer(users), archive);
            }
        } catch (RuntimeException e) {
            archive.close();
            throw e;
        }
    }

    /** An archive behind the gate and the viewer it answers; closing it closes the archive. */
    record Secured(SecureArchive gate, Viewer viewer, Archive archive) implements AutoCloseable {
        @Override
        public void close() {
            archive.close();
        }
    }
}
