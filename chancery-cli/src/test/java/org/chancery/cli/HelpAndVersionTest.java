package org.chancery.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HelpAndVersionTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "parse", "lint", "render"})
    void helpAndVersionEverywhere(String command) {
        String[] help = command.isEmpty() ? new String[] {"--help"} : new String[] {command, "--help"};
        Cli.Run run = Cli.run((Object[]) help);
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: chancery" + (command.isEmpty() ? "" : " " + command));
        assertThat(run.err()).isEmpty();

        String[] version = command.isEmpty() ? new String[] {"--version"} : new String[] {command, "--version"};
        Cli.Run v = Cli.run((Object[]) version);
        assertThat(v.exitCode()).isZero();
        assertThat(v.out()).matches("(?s)chancery \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n.*");
    }
}
