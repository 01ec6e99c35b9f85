package org.chancery.server.demo;

import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.archive.ingest.IngestSummary;
import org.chancery.cable.model.Cable;
import org.chancery.cable.model.Level;
import org.chancery.cable.synth.CorpusGenerator;
import org.chancery.cable.write.CanonicalWriter;
import org.chancery.security.Label;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.auth.Accounts;
import org.chancery.archive.secure.Viewer;
import org.chancery.archive.users.Grant;
import java.util.ArrayList;
import org.chancery.server.auth.PasswordHasher;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The demo world of {@code chancery serve --demo}: one account per role and clearance, and a generated corpus.
 * Idempotent: accounts that exist are left alone, and the corpus is generated only into an empty archive.
 * Demo passwords are fixed ({@code demo-} + the user id) so that they can be printed on every start; a demo is
 * not a deployment.
 */
public final class DemoWorld {

    /** One demo account and what it is for. */
    public record DemoUser(Principal principal, String about) {
        public String password() {
            return "demo-" + principal.id();
        }
    }

    public static final List<DemoUser> USERS = List.of(
            user("sbu-reader", Level.SBU, Set.of(), Set.of(), EnumSet.of(Role.READER), "reads SBU and unclassified"),
            user("c-reader", Level.CONFIDENTIAL, Set.of(), Set.of(), EnumSet.of(Role.READER), "CONFIDENTIAL reader"),
            user("s-reader", Level.SECRET, Set.of(), Set.of(), EnumSet.of(Role.READER), "SECRET reader"),
            user("ts-officer", Level.TOP_SECRET, Set.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "SPECAT", "ORCON", "PROPIN"),
                    Set.of("STATE"), EnumSet.of(Role.READER), "TOP SECRET, NODIS and every access list"),
            user("drafter-prague", Level.SECRET, Set.of(), Set.of("PRAGUE"), EnumSet.of(Role.READER, Role.DRAFTER),
                    "drafts at Embassy Prague"),
            user("drafter-paris", Level.SECRET, Set.of(), Set.of("PARIS"), EnumSet.of(Role.READER, Role.DRAFTER),
                    "drafts at Embassy Paris"),
            user("clearer", Level.SECRET, Set.of(), Set.of("PRAGUE", "PARIS"), EnumSet.of(Role.READER, Role.CLEARER),
                    "clears drafts"),
            user("releaser", Level.TOP_SECRET, Set.of(), Set.of("PRAGUE", "PARIS"),
                    EnumSet.of(Role.READER, Role.RELEASING_OFFICER), "releasing officer"),
            user("auditor", Level.SECRET, Set.of(), Set.of(), EnumSet.of(Role.READER, Role.AUDITOR), "reads the audit log"),
            user("reviewer", Level.TOP_SECRET, Set.of(), Set.of(), EnumSet.of(Role.READER, Role.DECLASSIFICATION_REVIEWER),
                    "declassification reviewer"),
            user("admin", Level.SECRET, Set.of(), Set.of(), EnumSet.of(Role.READER, Role.ADMINISTRATOR),
                    "manages users and grants"));

    private static DemoUser user(String id, Level level, Set<String> lists, Set<String> memberships, Set<Role> roles,
                                 String about) {
        return new DemoUser(new Principal(id, level, lists, Set.of(Label.USA), memberships, roles), about);
    }

    private DemoWorld() {
    }

    /** Who the demo users are created by in the audit log: the owner of the store's files. */
    public static final String ACTOR = Viewer.LOCAL_ADMINISTRATOR.id();

    /**
     * Creates the demo users that do not exist yet as users of the store (with their clearance, access lists,
     * nationalities, memberships and roles, and their password hash), each recorded in the audit log; returns how
     * many it created.
     */
    public static int accounts(Accounts accounts, PasswordHasher hasher) {
        int created = 0;
        for (DemoUser u : USERS) {
            Principal p = u.principal();
            if (accounts.find(p.id()).isPresent()) continue;
            List<Grant> grants = new ArrayList<>();
            p.accessLists().stream().sorted().forEach(v -> grants.add(Grant.of(Grant.Kind.ACCESS_LIST, v)));
            p.nationalities().stream().sorted().forEach(v -> grants.add(Grant.of(Grant.Kind.NATIONALITY, v)));
            p.memberships().stream().sorted().forEach(v -> grants.add(Grant.of(Grant.Kind.MEMBERSHIP, v)));
            p.roles().forEach(r -> grants.add(Grant.of(Grant.Kind.ROLE, r.name())));
            accounts.users().add(ACTOR, p.id(), u.about(), p.clearance(), grants);
            accounts.setPasswordHash(ACTOR, p.id(), hasher.hash(u.password()));
            created++;
        }
        return created;
    }

    /**
     * Generates {@code count} cables (seed 1) into the archive when it holds none; returns what was ingested
     * (null when the archive already had cables).
     */
    public static IngestSummary corpus(Archive archive, long count, Path scratch, IngestListener listener) throws IOException {
        if (archive.store().cableCount() > 0) return null;
        Path dir = Files.createTempDirectory(scratch, "demo-corpus");
        try {
            Iterator<Cable> cables = CorpusGenerator.iterator(count, 1, CorpusGenerator.DEFAULT_START_YEAR,
                    CorpusGenerator.DEFAULT_YEARS);
            int n = 0;
            Path folder = null;
            while (cables.hasNext()) {
                Cable c = cables.next();
                if (n++ % 2000 == 0) folder = Files.createDirectories(dir.resolve(String.format("%05d", n / 2000)));
                Files.writeString(folder.resolve(CorpusGenerator.idOf(c) + ".txt"), CanonicalWriter.write(c),
                        StandardCharsets.UTF_8);
            }
            return archive.ingest(List.of(dir), IngestOptions.defaults(), listener);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    public static void printAccounts(PrintStream out) {
        out.println("Demo accounts (user / password — what for):");
        for (DemoUser u : USERS) {
            out.printf("  %-15s %-20s %s%n", u.principal().id(), u.password(), u.about());
        }
    }
}
