package org.chancery.cli;

import org.chancery.archive.users.Grant;
import org.chancery.archive.users.User;
import org.chancery.archive.users.UserException;
import org.chancery.archive.users.UserStore;
import org.chancery.cable.model.Level;
import org.chancery.archive.query.QueryParser;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code chancery users add|list|grant|revoke}: the principals of the archive. Every change is appended to the
 * audit log with who made it (the local administrator, or the administrator named by {@code --as}).
 */
@Command(name = "users",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {"Manages the users of the archive: clearance, access lists (NODIS, EXDIS, …), nationalities, "
                + "memberships of posts and offices, roles. See docs/security.md.",
                "Exit code 0; 2 on bad input (unknown user, unknown value, nothing to change)."},
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.GrantCommand.class,
                UsersCommand.Revoke.class})
final class UsersCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        throw new BadInputException("missing subcommand (add, list, grant or revoke); see 'chancery users --help'");
    }

    /** The grants given on the command line, each repeatable. */
    static final class Grants {
        @Option(names = "--list", paramLabel = "LIST", description = "Access list (NODIS, EXDIS, LIMDIS, STADIS, SPECAT, ORCON, PROPIN); repeatable.")
        List<String> lists = new ArrayList<>();

        @Option(names = "--nationality", paramLabel = "CODE", description = "Country code (USA, GBR, NATO); repeatable.")
        List<String> nationalities = new ArrayList<>();

        @Option(names = "--member", paramLabel = "POST|OFFICE", description = "Post or office (PRAGUE, STATE, EUR/CE); repeatable.")
        List<String> memberships = new ArrayList<>();

        @Option(names = "--role", paramLabel = "ROLE", description = "reader, drafter, clearer, releasing-officer, "
                + "declassification-reviewer, auditor, administrator; repeatable.")
        List<String> roles = new ArrayList<>();

        List<Grant> parse() {
            List<Grant> out = new ArrayList<>();
            try {
                for (String v : lists) out.add(Grant.of(Grant.Kind.ACCESS_LIST, v));
                for (String v : nationalities) out.add(Grant.of(Grant.Kind.NATIONALITY, v));
                for (String v : memberships) out.add(Grant.of(Grant.Kind.MEMBERSHIP, v));
                for (String v : roles) out.add(Grant.of(Grant.Kind.ROLE, v));
            } catch (UserException e) {
                throw new BadInputException(e.getMessage());
            }
            return out;
        }
    }

    static Level level(String text) {
        Level l = text == null ? null : QueryParser.level(text);
        if (l == null) {
            throw new BadInputException("unknown clearance '" + text + "' (unclassified, sbu, confidential, secret, "
                    + "\"top secret\" or U, SBU, C, S, TS)");
        }
        return l;
    }

    /** Runs a change as the administrator (local, or --as with the administrator role); user errors are bad input. */
    static int change(Main main, StoreOption store, AsOption as, Change change) throws IOException {
        try (StoreRecords records = StoreRecords.open(store.dir())) {
            String actor = as.administrator(records.users(), records.audit(), "manage users");
            String line = change.run(records.users(), actor);
            Writer out = Output.text(main);
            out.write(line + "\n");
            out.flush();
            return Main.OK;
        } catch (UserException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    interface Change {
        String run(UserStore users, String actor);
    }

    /** What add, grant and revoke share: the store, the acting administrator and the grants given (picocli reads inherited options). */
    abstract static class ChangeCommand implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Mixin
        StoreOption store;
        @Mixin
        AsOption as;
        @Mixin
        Grants grants;

        int change(Change change) throws IOException {
            return UsersCommand.change(parent.main, store, as, change);
        }
    }

    static String describe(User u) {
        Principal p = u.principal();
        StringBuilder b = new StringBuilder(p.id());
        b.append('\t').append(u.displayName() == null ? "" : u.displayName());
        b.append('\t').append(p.clearance().word());
        b.append("\tlists=").append(String.join(",", new TreeSet<>(p.accessLists())));
        b.append("\tnationalities=").append(String.join(",", new TreeSet<>(p.nationalities())));
        b.append("\tmembers=").append(String.join(",", new TreeSet<>(p.memberships())));
        List<String> roles = new ArrayList<>();
        for (Role r : p.roles()) roles.add(r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        b.append("\troles=").append(String.join(",", new TreeSet<>(roles)));
        return b.toString();
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Adds a user (a US national reader unless told otherwise: give --nationality and --role to choose).")
    static final class Add extends ChangeCommand {
        @Option(names = "--clearance", required = true, paramLabel = "LEVEL", description = "The highest level they may read.")
        String clearance;

        @Option(names = "--name", paramLabel = "NAME", description = "Display name.")
        String name;

        @Parameters(paramLabel = "ID", description = "The user's id (letters, digits, . _ @ -).")
        String id;

        @Override
        public Integer call() throws IOException {
            Level level = level(clearance);
            List<Grant> given = grants.parse();
            // A user with no nationality holds neither NOFORN nor any REL TO; with no role, they are a reader.
            if (grants.nationalities.isEmpty()) given.add(Grant.of(Grant.Kind.NATIONALITY, "USA"));
            if (grants.roles.isEmpty()) given.add(Grant.of(Grant.Kind.ROLE, "reader"));
            return change((users, actor) -> "added " + describe(users.add(actor, id, name, level, given)));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Lists the users, one a line: id, name, clearance, lists, nationalities, memberships, roles.")
    static final class ListUsers implements Callable<Integer> {
        @ParentCommand
        UsersCommand parent;
        @Mixin
        StoreOption store;
        @Mixin
        AsOption as;

        @Override
        public Integer call() throws IOException {
            try (StoreRecords records = StoreRecords.open(store.dir())) {
                UserStore users = records.users();
                as.administrator(users, records.audit(), "list users");
                Writer out = Output.text(parent.main);
                for (User u : users.list()) out.write(describe(u) + "\n");
                out.flush();
                return Main.OK;
            }
        }
    }

    @Command(name = "grant", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Grants access lists, nationalities, memberships or roles, or sets the clearance.")
    static final class GrantCommand extends ChangeCommand {
        @Option(names = "--clearance", paramLabel = "LEVEL", description = "Set the clearance to LEVEL.")
        String clearance;

        @Parameters(paramLabel = "ID", description = "The user's id.")
        String id;

        @Override
        public Integer call() throws IOException {
            List<Grant> given = grants.parse();
            Level level = clearance == null ? null : level(clearance);
            if (given.isEmpty() && level == null) {
                throw new BadInputException("nothing to grant: give --clearance, --list, --nationality, --member or --role");
            }
            return change((users, actor) -> {
                User u = users.require(id);
                if (level != null) u = users.setClearance(actor, id, level);
                for (Grant g : given) u = users.grant(actor, id, g);
                return "granted " + describe(u);
            });
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, versionProvider = Version.class,
            description = "Revokes access lists, nationalities, memberships or roles (lower a clearance with 'grant --clearance').")
    static final class Revoke extends ChangeCommand {
        @Parameters(paramLabel = "ID", description = "The user's id.")
        String id;

        @Override
        public Integer call() throws IOException {
            List<Grant> given = grants.parse();
            if (given.isEmpty()) throw new BadInputException("nothing to revoke: give --list, --nationality, --member or --role");
            return change((users, actor) -> {
                User u = users.require(id);
                for (Grant g : given) u = users.revoke(actor, id, g);
                return "revoked " + describe(u);
            });
        }
    }

}
