package org.chancery.switching.release;

import org.flywaydb.core.api.logging.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Keeps Flyway off the console of every command that opens the switch store: migrating is routine and a failure
 * surfaces as the exception {@link SwitchStore#open} throws. Messages go to the platform logger at debug level.
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
