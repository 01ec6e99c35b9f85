package org.chancery.cli;

import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.SwitchSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.Callable;

/**
 * {@code chancery ack ID --post P --as USER [--store DIR]}: acknowledges a post's copy of a message; recorded in the
 * audit log (action {@code ack}).
 */
@Command(name = "ack",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
                "Acknowledges a post's copies of a message (by transmission id or cable id). FLASH and NIACT "
                        + "IMMEDIATE copies need one of the post's duty officers.",
                "Exit code 1 when the user may not acknowledge it, 2 when the post has no such message or there "
                        + "is no switch store."})
final class AckCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private SwitchOptions options;

    @Parameters(paramLabel = "ID", description = "Transmission id or cable id.")
    private String id;

    @Option(names = "--post", required = true, paramLabel = "POST", description = "The post acknowledging.")
    private String post;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Who acknowledges.")
    private String user;

    @Override
    public Integer call() throws IOException {
        AckOutcome outcome;
        try (SwitchSystem system = options.openExisting()) {
            outcome = system.ack(post, id, user);
        }
        Writer out = Output.text(main);
        try {
            switch (outcome) {
                case ACKNOWLEDGED -> out.write("Acknowledged " + id + " at " + post + " as " + user + ".\n");
                case ALREADY_ACKNOWLEDGED -> out.write(id + " at " + post + " was already acknowledged.\n");
                case NOT_FOUND -> throw new BadInputException("no message " + id + " in the inbox of " + post);
                case NOT_DUTY_OFFICER -> {
                    main.err().println("chancery: " + user + " is not a duty officer of " + post
                            + "; FLASH and NIACT IMMEDIATE need one");
                    main.err().flush();
                    return Main.FINDINGS;
                }
            }
        } finally {
            out.flush();
        }
        return Main.OK;
    }
}
