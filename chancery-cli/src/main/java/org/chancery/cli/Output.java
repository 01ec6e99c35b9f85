package org.chancery.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output for the commands: one large buffer in front of the stream, so that thousands of cables cost a
 * few hundred writes, and UTF-8 whatever the platform says. Flushed, never closed (it is the process's stdout).
 */
final class Output {

    private static final int BUFFER = 1 << 16;

    private Output() {
    }

    static Writer text(Main main) {
        return new BufferedWriter(new OutputStreamWriter(main.out(), StandardCharsets.UTF_8), BUFFER);
    }

    static OutputStream bytes(Main main) {
        return new BufferedOutputStream(main.out(), BUFFER);
    }
}
