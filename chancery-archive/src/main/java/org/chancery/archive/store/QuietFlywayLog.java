package org.chancery.archive.store;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway from writing to the console of every command that opens a store (the archive's
 * {@link SqliteCableStore#open}, the switch's store): migrating is routine, and a failed migration surfaces as the
 * exception the store's {@code open} throws. Messages go to the platform logger at debug level, for whoever turns
 * it on.
 */
public final class QuietFlywayLog implements LogCreator {

    @Override
    public Log createLogger(Class<?> type) {
        System.Logger logger = System.getLogger(type.getName());
        return new Log() {
            @Override
            public void debug(String message) {
                logger.log(System.Logger.Level.TRACE, message);
            }

            @Override
            public void info(String message) {
                logger.log(System.Logger.Level.DEBUG, message);
            }

            @Override
            public void warn(String message) {
                logger.log(System.Logger.Level.DEBUG, message);
            }

            @Override
            public void error(String message) {
                logger.log(System.Logger.Level.DEBUG, message);
            }

            @Override
            public void error(String message, Exception e) {
                logger.log(System.Logger.Level.DEBUG, message, e);
            }

            @Override
            public void notice(String message) {
                logger.log(System.Logger.Level.DEBUG, message);
            }
        };
    }
}
