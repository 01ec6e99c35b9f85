package org.chancery.cli;

import org.chancery.switching.SwitchSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code chancery send FILE --as USER}: releases a prepared draft file in one step, for scripts. The draft is saved
 * and submitted as the drafter the file names, then released by the acting user, under the same rules as the
 * steps one by one (a draft with required clearers is refused: it waits for them).
 */
@Command(name = "send",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Releases a prepared draft file in one step (saved and submitted as its drafter, released by"
                + " --as USER), under the same rules as 'chancery draft'.",
                "Exit code 1 when refused (the reason on stderr), 2 on bad input."})
final class SendCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SwitchOptions options;

    @Option(names = "--as", paramLabel = "USER", required = true, description = "The releasing officer.")
    private String user;

    @Option(names = "--text", description = "Print the released cable's text.")
    private boolean text;

    @Parameters(paramLabel = "FILE", description = "The draft file (JSON).")
    private Path file;

    @Override
    public Integer call() {
        return DraftCommand.execute(main, options, out -> {
            try (SwitchSystem system = options.open()) {
                return DraftCommand.releasing(system, out, () -> DraftCommand.released(
                        system.workflow().send(DraftFiles.read(file), user), text, out));
            }
        });
    }
}
