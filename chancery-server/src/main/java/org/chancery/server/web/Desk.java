package org.chancery.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.chancery.archive.Archive;
import org.chancery.archive.ingest.IngestListener;
import org.chancery.archive.ingest.IngestOptions;
import org.chancery.cable.model.Precedence;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.auth.Account;
import org.chancery.server.auth.Accounts;
import org.chancery.switching.delivery.AckOutcome;
import org.chancery.switching.delivery.InboxEntry;
import org.chancery.switching.delivery.PostProfiles;
import org.chancery.switching.queue.QueueStatus;
import org.chancery.switching.delivery.Switch;
import org.chancery.switching.delivery.SwitchConfig;
import org.chancery.switching.draft.Draft;
import org.chancery.switching.network.Network;
import org.chancery.switching.network.NetworkFile;
import org.chancery.switching.network.Station;
import org.chancery.switching.release.ArchiveSink;
import org.chancery.switching.release.AuditLogSink;
import org.chancery.switching.release.DraftWorkflow;
import org.chancery.switching.release.ReleaseListener;
import org.chancery.switching.release.SwitchStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The switch as the pages use it: the drafting workflow (drafts, clearance, release) and the queues with the
 * posts' inboxes, in {@code switch.db} beside the archive. A released cable goes to the archive (ingested like any
 * other cable, so that it is read through the gate) and its transmissions to the queues, which file them in the
 * addressees' inboxes.
 *
 * <p>Interim wiring: the server core does not yet own a switch. The workflow takes its users from the network
 * file, so the built-in network is extended with the server's accounts that draft, clear or release (their
 * clearance, roles and posts). When the core wires the switch into its context, the pages take it from there.
 */
public final class Desk implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SwitchStore store;
    private final Switch queues;
    private final DraftWorkflow workflow;
    private final Network network;

    private Desk(SwitchStore store, Switch queues, DraftWorkflow workflow, Network network) {
        this.store = store;
        this.queues = queues;
        this.workflow = workflow;
        this.network = network;
    }

    /** Opens the switch in {@code dir} (the archive's folder) and starts its forwarding. */
    public static Desk open(Path dir, Archive archive, Accounts accounts, Clock clock) {
        Network network = network(accounts);
        SwitchStore store = SwitchStore.open(dir);
        // the posts' profiles (duty officers, NODIS lists, offices) from DIR/posts.json, as the command line reads them
        PostProfiles profiles;
        try {
            profiles = PostProfiles.read(dir.resolve(PostProfiles.FILE_NAME));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir.resolve(PostProfiles.FILE_NAME) + ": " + e.getMessage(), e);
        }
        Switch queues = Switch.open(dir, SwitchConfig.defaults().withClock(clock).withProfiles(profiles));
        ArchiveSink sink = (cableId, text) -> archive(archive, dir, cableId, text);
        ReleaseListener listener = release -> queues.accept(release.transmissions());
        DraftWorkflow workflow = new DraftWorkflow(store, network, clock, new AuditLogSink(archive.audit()), sink,
                listener);
        queues.start();
        workflow.resume();
        return new Desk(store, queues, workflow, network);
    }

    /** The built-in network with the server's accounts that draft, clear or release as its users. */
    static Network network(Accounts accounts) {
        try (InputStream in = Network.class.getResourceAsStream("default-network.json")) {
            ObjectNode root = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ArrayNode users = root.withArray("users");
            List<String> known = new ArrayList<>();
            users.forEach(u -> known.add(u.path("id").asText()));
            for (Account a : accounts.list()) {
                Principal p = a.principal();
                if (known.contains(p.id())) continue;
                if (!(p.hasRole(Role.DRAFTER) || p.hasRole(Role.CLEARER) || p.hasRole(Role.RELEASING_OFFICER))) continue;
                ObjectNode u = users.addObject();
                u.put("id", p.id());
                u.put("clearance", p.clearance().word());
                ArrayNode roles = u.putArray("roles");
                for (Role r : p.roles()) if (r != Role.READER) roles.add(r.name().toLowerCase(Locale.ROOT));
                ArrayNode posts = u.putArray("posts");
                p.memberships().stream().sorted().forEach(posts::add);
            }
            return NetworkFile.parse(JSON.writeValueAsString(root), "built-in network with the server's accounts", null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void archive(Archive archive, Path dir, String cableId, String text) throws IOException {
        Path tmp = Files.createTempDirectory(dir, "release-");
        try {
            Files.writeString(tmp.resolve(cableId + ".txt"), text, StandardCharsets.UTF_8);
            archive.ingest(List.of(tmp), IngestOptions.defaults(), new IngestListener() { });
        } finally {
            try (Stream<Path> walk = Files.walk(tmp)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    public DraftWorkflow workflow() {
        return workflow;
    }

    public Network network() {
        return network;
    }

    /** Every draft, newest first (the store numbers drafts 1, 2, … and never deletes one). */
    public List<Draft> drafts() {
        List<Draft> out = new ArrayList<>();
        for (long id = 1; ; id++) {
            Optional<Draft> d = store.draft(id);
            if (d.isEmpty()) break;
            out.add(d.get());
        }
        out.sort(Comparator.comparingLong(Draft::id).reversed());
        return out;
    }

    /** The station of a post word ({@code PRAGUE}) or routing indicator ({@code RUEHPG}). */
    public Optional<Station> station(String post) {
        Optional<Station> s = network.station(post);
        if (s.isPresent()) return s;
        String key = post.toUpperCase(Locale.ROOT);
        return network.stations().stream().filter(x -> key.equals(x.postWord())).findFirst();
    }

    /** The stations of the principal's posts, in the order of their memberships. */
    public List<Station> posts(Principal p) {
        return p.memberships().stream().sorted().map(this::station).flatMap(Optional::stream).toList();
    }

    public boolean member(Principal p, Station s) {
        return s.postWord() != null && p.memberships().contains(s.postWord());
    }

    /**
     * The inbox a principal may open: the station of {@code post} (post word or routing indicator) when they are a
     * member of it. Empty otherwise, whether the post exists or not: pages and API answer both as "no such inbox".
     */
    public Optional<Station> inboxOf(Principal p, String post) {
        return station(post).filter(s -> member(p, s));
    }

    /**
     * Who may open a draft: its drafter, its required clearers, and the releasing officers of its originating post.
     * A draft is not yet a cable in the archive; these are the people the workflow involves. The pages and the API
     * both ask here, so they never disagree.
     */
    public boolean participant(Principal me, Draft d) {
        if (me.id().equals(d.content().drafter()) || d.content().clearers().contains(me.id())) return true;
        if (!me.hasRole(Role.RELEASING_OFFICER)) return false;
        return station(d.content().originator() == null ? "" : d.content().originator())
                .map(s -> member(me, s)).orElse(false);
    }

    /** Queue depths and the oldest message per destination and precedence (docs/switch.md, "Queue status"). */
    public List<QueueStatus> queueStatus() {
        return queues.queueStatus();
    }

    public List<InboxEntry> inbox(Station post) {
        return queues.inbox(post.ri(), 200);
    }

    public AckOutcome ack(Station post, String messageId, String user) {
        return queues.ack(post.ri(), messageId, user);
    }

    /** FLASH (and higher) copies in the principal's posts' inboxes that await acknowledgment. */
    public List<InboxEntry> flashAlerts(Principal p) {
        List<InboxEntry> out = new ArrayList<>();
        for (Station s : posts(p)) {
            for (InboxEntry e : queues.inbox(s.ri(), 200)) {
                if (e.awaitingAck() && e.precedence().compareTo(Precedence.FLASH) <= 0) out.add(e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        queues.close();
        store.close();
    }
}
