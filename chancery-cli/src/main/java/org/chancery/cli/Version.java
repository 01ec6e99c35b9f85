package org.chancery.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The version for {@code --version}, from the resource the build fills in. */
final class Version implements IVersionProvider {

    static String version() {
        try (InputStream in = Version.class.getResourceAsStream("version.txt")) {
            if (in == null) return "unknown";
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    @Override
    public String[] getVersion() {
        return new String[] {"chancery " + version(), "Java " + Runtime.version()};
    }
}
