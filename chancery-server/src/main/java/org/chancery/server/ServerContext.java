package org.chancery.server;

import org.chancery.archive.Archive;
import org.chancery.archive.secure.SecureArchive;
import org.chancery.server.auth.Accounts;
import org.chancery.server.auth.Authenticator;
import org.chancery.server.ops.Metrics;

import java.time.Clock;

/**
 * What every handler (API resource or page) may use. Built once by {@link ChanceryServer}; resources take it in
 * their constructor.
 *
 * @param gate     every read of a cable goes through it, as the command line's reads do (the same decisions,
 *                 the same audit log): never {@link #archive} directly, which is here for health and ingest only
 * @param accounts who can log in: the store's users, their passwords and API tokens
 */
public record ServerContext(ServerConfig config, Clock clock, Archive archive, SecureArchive gate, Accounts accounts,
                            Authenticator auth, Metrics metrics) {
}
