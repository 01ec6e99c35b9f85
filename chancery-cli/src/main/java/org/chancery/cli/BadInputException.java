package org.chancery.cli;

/** Input the command cannot work with (a missing file, a folder without cables…): exit code 2, one line. */
final class BadInputException extends RuntimeException {

    BadInputException(String message) {
        super(message, null, false, false);
    }
}
