package org.chancery.switching.network;

import org.chancery.security.Principal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The stations, collectives and relay paths the switch routes over, and the users of a store that has none yet
 * (a new folder, a demonstration: once the store of record has users, the workflow knows only them). Built by
 * {@link NetworkFile}; immutable.
 */
public final class Network {

    private static final String DEFAULT_RESOURCE = "default-network.json";

    private static final class BuiltIn {
        static final Network INSTANCE = load();

        private static Network load() {
            try (InputStream in = Network.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
                return NetworkFile.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                        "built-in " + DEFAULT_RESOURCE, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final Map<String, Station> stations;
    private final Map<String, Station> stationsByPlad = new HashMap<>();
    private final Map<String, Collective> collectives;
    private final Map<String, Collective> collectivesByPlad = new HashMap<>();
    private final List<RelayPath> relays;
    private final Map<String, String> channels;
    private final Map<String, NetworkUser> users;

    Network(Map<String, Station> stations, Map<String, Collective> collectives, List<RelayPath> relays,
            Map<String, String> channels, Map<String, NetworkUser> users) {
        this.stations = new LinkedHashMap<>(stations);
        this.collectives = new LinkedHashMap<>(collectives);
        List<RelayPath> sorted = new ArrayList<>(relays);
        sorted.sort(Comparator.comparingInt((RelayPath r) -> r.prefix().length()).reversed());
        this.relays = List.copyOf(sorted);
        this.channels = Map.copyOf(channels);
        this.users = new LinkedHashMap<>(users);
        for (Station s : this.stations.values()) stationsByPlad.putIfAbsent(key(s.plad()), s);
        for (Collective c : this.collectives.values()) collectivesByPlad.putIfAbsent(key(c.plad()), c);
    }

    /** The built-in network: the seed's stations, the posts of the catalog, the European political collective. */
    public static Network builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** A station by routing indicator or plain language address (any case, extra spaces ignored). */
    public Optional<Station> station(String riOrPlad) {
        String k = key(riOrPlad);
        if (k == null) return Optional.empty();
        Station s = stations.get(k);
        return Optional.ofNullable(s != null ? s : stationsByPlad.get(k));
    }

    /**
     * The station of a post: its routing indicator ({@code RUEHPG}), plain language address or post word
     * ({@code PRAGUE}, as memberships name posts).
     */
    public Optional<Station> post(String post) {
        Optional<Station> s = station(post);
        if (s.isPresent()) return s;
        String k = key(post);
        return k == null ? Optional.empty()
                : stations.values().stream().filter(x -> k.equals(x.postWord())).findFirst();
    }

    /** The stations of the posts a principal belongs to, in the order of their post words. */
    public List<Station> posts(Principal p) {
        return p.memberships().stream().sorted().map(this::post).flatMap(Optional::stream)
                .filter(s -> s.hasMember(p)).toList();
    }

    /** A collective by routing indicator or plain language address. */
    public Optional<Collective> collective(String riOrPlad) {
        String k = key(riOrPlad);
        if (k == null) return Optional.empty();
        Collective c = collectives.get(k);
        return Optional.ofNullable(c != null ? c : collectivesByPlad.get(k));
    }

    /**
     * The members of a collective that receive it: every member but those named by an exclusion ({@code XMT},
     * by RI or PLAD), in the collective's order.
     */
    public List<Station> expand(Collective collective, Collection<String> exclusions) {
        Set<String> excluded = new HashSet<>();
        for (String x : exclusions) station(x).ifPresent(s -> excluded.add(s.ri()));
        List<Station> out = new ArrayList<>();
        for (String ri : collective.members()) {
            Station s = stations.get(ri);
            if (s != null && !excluded.contains(ri)) out.add(s);
        }
        return out;
    }

    /** The next hop from the switch towards a station: the relay of the longest matching prefix, else itself. */
    public String nextHop(String ri) {
        for (RelayPath r : relays) {
            if (r.serves(ri)) return r.via();
        }
        return ri;
    }

    /** The channel designator configured for traffic from {@code origin} to {@code nextHop}, or null. */
    public String channelDesignator(String origin, String nextHop) {
        return channels.get(origin + ">" + nextHop);
    }

    /** Every configured channel designator (origin>nextHop → designator). */
    public Map<String, String> channelDesignators() {
        return channels;
    }

    /** A user by id (case-sensitive, as written in the network file). */
    public Optional<NetworkUser> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    public Collection<Station> stations() {
        return List.copyOf(stations.values());
    }

    public Collection<Collective> collectives() {
        return List.copyOf(collectives.values());
    }

    public List<RelayPath> relays() {
        return relays;
    }

    public Collection<NetworkUser> users() {
        return List.copyOf(users.values());
    }

    /** Upper case ({@code Locale.ROOT}), whitespace collapsed; null for null or blank. */
    static String key(String s) {
        if (s == null) return null;
        String k = String.join(" ", s.strip().split("\\s+")).toUpperCase(Locale.ROOT);
        return k.isEmpty() ? null : k;
    }
}
