package org.chancery.server;

import org.chancery.archive.Archive;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.server.auth.Accounts;
import org.chancery.server.auth.Authenticator;
import org.chancery.server.ops.Metrics;
import org.chancery.switching.SwitchSystem;

import java.time.Clock;

/**
 * What every handler (API resource or page) may use. Built once by {@link ChanceryServer}; resources take it in
 * their constructor.
 *
 * @param gate     every read of a cable goes through it, as the command line's reads do (the same decisions,
 *                 the same audit log): never {@link #archive} directly, which is here for health and ingest only
 * @param accounts who can log in: the store's users, their passwords and API tokens
 * @param switching the switch over the same store (drafting workflow, queues, inboxes), whose workflow knows the
 *                 same users as {@code accounts}; opened and closed by whoever opened the archive
 */
public record ServerContext(ServerConfig config, Clock clock, Archive archive, SecureArchive gate, Accounts accounts,
                            Authenticator auth, Metrics metrics, SwitchSystem switching) {
}
