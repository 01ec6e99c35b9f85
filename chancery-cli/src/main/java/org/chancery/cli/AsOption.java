package org.chancery.cli;

import org.chancery.archive.Archive;
import org.chancery.archive.audit.AuditEvent;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.users.User;
import org.chancery.archive.users.UserException;
import org.chancery.archive.users.UserStore;
import org.chancery.security.Role;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * The {@code --as USER} option: answer exactly as that user may see, and act only as that user's roles allow.
 * Without it a command acts as the local administrator of the embedded store (who owns its files and could read
 * them anyway).
 */
final class AsOption {

    @Option(names = "--as", paramLabel = "USER",
            description = "Act as this user of the archive (see 'chancery users'); default: the local administrator.")
    private String user;

    String user() {
        return user;
    }

    /** The viewer: the local administrator, or the user named by {@code --as} (unknown: bad input). */
    Viewer viewer(UserStore users) {
        if (user == null) return Viewer.LOCAL_ADMINISTRATOR;
        return Viewer.as(require(users).principal());
    }

    /**
     * Who changes the archive or its users: the local administrator, or the user named by {@code --as}, who must
     * then hold the administrator role.
     */
    String administrator(UserStore users, AuditLog audit, String what) {
        return actor(users, audit, Role.ADMINISTRATOR, what);
    }

    /**
     * Who does something that takes a role: the local administrator, or the user named by {@code --as}, who must
     * then hold {@code role}. A refusal is recorded in the audit log and is bad input.
     */
    String actor(UserStore users, AuditLog audit, Role role, String what) {
        if (user == null) return Viewer.LOCAL_ADMINISTRATOR.id();
        User u = require(users);
        if (!u.principal().hasRole(role)) {
            String roleName = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            audit.append(new AuditEvent(Instant.now(), u.id(), "denied", what, false, "ROLE: needs " + roleName));
            throw new BadInputException("user '" + user + "' may not " + what + ": it needs the " + roleName + " role");
        }
        return u.id();
    }

    private User require(UserStore users) {
        try {
            return users.require(user);
        } catch (UserException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Checks the administrator role when {@code --as} is given, on the archive in {@code dir}. */
    void requireAdministrator(Path dir, String what) {
        if (user == null) return;
        try (StoreRecords records = StoreRecords.open(dir)) {
            administrator(records.users(), records.audit(), what);
        }
    }

    /** The archive in {@code store}, opened for reading behind the gate, for the viewer of {@code --as}. */
    Secured openForReading(StoreOption store) {
        Archive archive = store.openForReading();
        try (UserStore users = UserStore.open(store.dir(), archive.audit())) {
            return new Secured(new SecureArchive(archive, users.policy()), viewer(users), archive);
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
