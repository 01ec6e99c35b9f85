package org.chancery.server;

import org.chancery.server.ops.Metrics;
import org.chancery.archive.Archive;
import org.chancery.server.auth.Accounts;
import org.chancery.server.auth.Authenticator;
import org.chancery.server.gate.ReadingGate;

import java.time.Clock;

/**
 * What every handler (API resource or page) may use. Built once by {@link ChanceryServer}; resources take it in
 * their constructor.
 *
 * @param gate    every read of a cable goes through it (never {@link #archive} directly, which is here for
 *                health and ingest only)
 */
public record ServerContext(ServerConfig config, Clock clock, Archive archive, ReadingGate gate, Accounts accounts,
                            Authenticator auth, Metrics metrics) {
}
