package org.chancery.cli;

import org.chancery.archive.users.UserStore;
import org.chancery.security.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code chancery config get|set policy [document|portion]}: the deployment's settings, kept in the store. */
@Command(name = "config",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Reads or sets a setting of the archive. The one setting: policy, the reading policy: "
                + "'document' (default: a cable is seen whole or not at all) or 'portion' (readable paragraphs, "
                + "the others withheld with their marks). See docs/security.md.",
                "Setting needs the administrator (the local one, or --as a user with the administrator role); the "
                        + "change is recorded in the audit log."})
final class ConfigCommand implements Callable<Integer> {

    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Mixin
    private AsOption as;

    @Parameters(index = "0", paramLabel = "get|set")
    private String verb;

    @Parameters(index = "1", paramLabel = "KEY", description = "policy")
    private String key;

    @Parameters(index = "2", arity = "0..1", paramLabel = "VALUE", description = "document or portion (set only)")
    private String value;

    @Override
    public Integer call() throws IOException {
        if (!key.equals(UserStore.POLICY)) throw new BadInputException("unknown setting '" + key + "' (the one setting is 'policy')");
        try (StoreRecords records = StoreRecords.open(store.dir())) {
            UserStore users = records.users();
            Writer out = Output.text(main);
            switch (verb) {
                case "get" -> {
                    if (value != null) throw new BadInputException("'config get' takes no value");
                    out.write(users.policy().name().toLowerCase(Locale.ROOT) + "\n");
                }
                case "set" -> {
                    if (value == null) throw new BadInputException("'config set policy' needs a value: document or portion");
                    Policy policy = switch (value.toLowerCase(Locale.ROOT)) {
                        case "document" -> Policy.DOCUMENT;
                        case "portion" -> Policy.PORTION;
                        default -> throw new BadInputException("policy is document or portion, not '" + value + "'");
                    };
                    users.setPolicy(as.administrator(users, records.audit(), "change settings"), policy);
                    out.write("policy " + value.toLowerCase(Locale.ROOT) + "\n");
                }
                default -> throw new BadInputException("config takes 'get' or 'set', not '" + verb + "'");
            }
            out.flush();
            return Main.OK;
        }
    }
}
