package org.chancery.cli;

import java.io.ByteArrayOutputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command line in-process with captured output, and finds the test data. */
final class Cli {

    /** What a run gave: exit code, standard output (bytes and UTF-8 text) and standard error. */
    record Run(int exitCode, byte[] outBytes, String err) {
        String out() {
            return new String(outBytes, StandardCharsets.UTF_8);
        }
    }

    private Cli() {
    }

    static Run run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) strings[i] = String.valueOf(args[i]);
        int code = Main.commandLine(out, err).execute(strings);
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    /** A folder or file under src/test/resources. */
    static Path resource(String name) {
        URL url = Cli.class.getResource("/" + name);
        if (url == null) throw new IllegalArgumentException("no test resource " + name);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The shared data folder (seed, corpus), or null when this machine does not have it. */
    static Path shared() {
        String property = System.getProperty("chancery.shared");
        for (String candidate : new String[] {property, "../shared", "../../shared"}) {
            if (candidate != null && Files.isDirectory(Path.of(candidate, "seed"))) return Path.of(candidate);
        }
        return null;
    }
}
