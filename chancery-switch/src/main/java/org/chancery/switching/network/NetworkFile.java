package org.chancery.switching.network;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.chancery.cable.catalog.Post;
import org.chancery.cable.catalog.Posts;
import org.chancery.cable.catalog.RoutingIndicators;
import org.chancery.cable.model.Level;
import org.chancery.security.Label;
import org.chancery.security.Principal;
import org.chancery.security.Role;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a network file (JSON, see docs/switch.md "Network file") into a {@link Network}. Every problem is a
 * {@link NetworkException} naming the file, the JSON path and what is wrong; unknown keys are refused (a
 * misspelt key would otherwise silently leave a default in place).
 */
public final class NetworkFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> TOP = Set.of("defaults", "catalog", "stations", "collectives", "relays",
            "channels", "users");

    private final String file;
    private final Path base;

    private NetworkFile(String file, Path base) {
        this.file = file;
        this.base = base;
    }

    /** Reads a network file; a routing-indicator file it names is resolved against the file's folder. */
    public static Network load(Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        Path dir = path.toAbsolutePath().getParent();
        return parse(text, path.toString(), dir);
    }

    /** Reads network JSON; {@code name} names it in errors; {@code base} resolves relative paths (may be null). */
    public static Network parse(String json, String name, Path base) {
        NetworkFile f = new NetworkFile(name, base);
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new NetworkException(name, "$", "not JSON" + (loc != null ? " at line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr() : "") + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw f.error("$", "the file must hold one JSON object");
        return f.read(root);
    }

    private Network read(JsonNode root) {
        keys(root, "$", TOP);
        JsonNode defaults = object(root, "defaults", "$");
        Level defaultAccreditation = defaults == null || !defaults.has("accreditation") ? Level.SECRET
                : level(defaults.get("accreditation"), "$.defaults.accreditation");
        boolean defaultSelfRelease = defaults != null && defaults.has("selfRelease")
                && bool(defaults.get("selfRelease"), "$.defaults.selfRelease");
        if (defaults != null) keys(defaults, "$.defaults", Set.of("accreditation", "selfRelease"));

        Map<String, Station> stations = new LinkedHashMap<>();
        JsonNode catalog = object(root, "catalog", "$");
        boolean catalogPosts = true;
        boolean catalogStations = true;
        RoutingIndicators extra = null;
        if (catalog != null) {
            keys(catalog, "$.catalog", Set.of("posts", "routingIndicators", "routingIndicatorFile"));
            if (catalog.has("posts")) catalogPosts = bool(catalog.get("posts"), "$.catalog.posts");
            if (catalog.has("routingIndicators")) {
                catalogStations = bool(catalog.get("routingIndicators"), "$.catalog.routingIndicators");
            }
            if (catalog.has("routingIndicatorFile")) {
                String p = text(catalog.get("routingIndicatorFile"), "$.catalog.routingIndicatorFile");
                Path csv = base == null ? Path.of(p) : base.resolve(p);
                try {
                    extra = RoutingIndicators.load(csv);
                } catch (IOException | RuntimeException e) {
                    throw error("$.catalog.routingIndicatorFile", "cannot read " + csv + ": " + e.getMessage());
                }
            }
        }
        // Catalog stations first, so that the file's own entries replace them.
        if (catalogStations) {
            addCatalogStations(RoutingIndicators.builtIn(), stations, defaultAccreditation, defaultSelfRelease);
        }
        if (extra != null) addCatalogStations(extra, stations, defaultAccreditation, defaultSelfRelease);
        if (catalogPosts) addCatalogPosts(stations, defaultAccreditation, defaultSelfRelease);

        Set<String> fileStations = new LinkedHashSet<>();
        JsonNode list = array(root, "stations");
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "$.stations[" + i + "]";
            Station s = station(list.get(i), at, defaultAccreditation, defaultSelfRelease);
            if (!fileStations.add(s.ri())) throw error(at + ".ri", "station " + s.ri() + " is listed twice");
            stations.put(s.ri(), s);
        }

        Map<String, Collective> collectives = new LinkedHashMap<>();
        list = array(root, "collectives");
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "$.collectives[" + i + "]";
            Collective c = collective(list.get(i), at, stations);
            if (collectives.containsKey(c.ri())) throw error(at + ".ri", "collective " + c.ri() + " is listed twice");
            if (fileStations.contains(c.ri())) {
                throw error(at + ".ri", c.ri() + " is both a station and a collective");
            }
            stations.remove(c.ri()); // a catalog entry for the collective's RI is not a station
            collectives.put(c.ri(), c);
        }

        List<RelayPath> relays = new ArrayList<>();
        list = array(root, "relays");
        Set<String> prefixes = new LinkedHashSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "$.relays[" + i + "]";
            JsonNode n = objectAt(list.get(i), at);
            keys(n, at, Set.of("prefix", "via"));
            String prefix = upper(required(n, "prefix", at), at + ".prefix");
            if (prefix.endsWith("*")) prefix = prefix.substring(0, prefix.length() - 1);
            if (prefix.isEmpty() || prefix.charAt(0) != 'R' || !letters(prefix) || prefix.length() > 7) {
                throw error(at + ".prefix", "\"" + prefix + "\" is not the beginning of a routing indicator"
                        + " (R then capital letters, optionally followed by *)");
            }
            if (!prefixes.add(prefix)) throw error(at + ".prefix", "prefix " + prefix + " has two relays");
            String via = upper(required(n, "via", at), at + ".via");
            if (!stations.containsKey(via)) throw error(at + ".via", "relay station " + via + " is not a station");
            relays.add(new RelayPath(prefix, via));
        }

        Map<String, String> channels = new LinkedHashMap<>();
        Set<String> designators = new LinkedHashSet<>();
        list = array(root, "channels");
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "$.channels[" + i + "]";
            JsonNode n = objectAt(list.get(i), at);
            keys(n, at, Set.of("from", "to", "designator"));
            String from = knownStation(n, "from", at, stations);
            String to = knownStation(n, "to", at, stations);
            String d = upper(required(n, "designator", at), at + ".designator");
            if (d.length() != 3 || !letters(d)) throw error(at + ".designator", "\"" + d + "\" is not 3 capital letters");
            if (!designators.add(d)) throw error(at + ".designator", "designator " + d + " is used twice");
            if (channels.put(from + ">" + to, d) != null) {
                throw error(at, "the channel " + from + " to " + to + " is listed twice");
            }
        }

        Map<String, NetworkUser> users = new LinkedHashMap<>();
        list = array(root, "users");
        for (int i = 0; list != null && i < list.size(); i++) {
            String at = "$.users[" + i + "]";
            NetworkUser u = user(list.get(i), at);
            if (users.put(u.id(), u) != null) throw error(at + ".id", "user " + u.id() + " is listed twice");
        }
        return new Network(stations, collectives, relays, channels, users);
    }

    private static void addCatalogStations(RoutingIndicators ris, Map<String, Station> stations, Level accreditation,
                                           boolean selfRelease) {
        for (String ri : ris.all()) {
            if (ris.isCollective(ri)) continue; // a collective is not a station; without members it is not routable
            String name = ris.name(ri).orElseThrow();
            StationKind kind = ri.equals("RUEH") ? StationKind.RELAY
                    : ri.startsWith("RUEH") ? StationKind.POST : StationKind.AGENCY;
            stations.put(ri, new Station(ri, name, kind, accreditation, null, selfRelease, kind == StationKind.POST));
        }
    }

    private static void addCatalogPosts(Map<String, Station> stations, Level accreditation, boolean selfRelease) {
        for (Post p : Posts.builtIn().all()) {
            if (p.ri() == null) continue;
            Station known = stations.get(p.ri());
            // The first catalog line for an RI is the post's own name (later lines are other offices of it).
            if (known != null && known.postWord() != null) continue;
            StationKind kind = p.idPrefix().equals("STATE") ? StationKind.DEPARTMENT : StationKind.POST;
            stations.put(p.ri(), new Station(p.ri(), p.plad(), kind, accreditation, p.mrnOrigin(), selfRelease, true));
        }
    }

    private Station station(JsonNode node, String at, Level defaultAccreditation, boolean defaultSelfRelease) {
        JsonNode n = objectAt(node, at);
        keys(n, at, Set.of("ri", "plad", "kind", "accreditation", "post", "selfRelease", "mcn"));
        String ri = ri(required(n, "ri", at), at + ".ri");
        String plad = Network.key(text(required(n, "plad", at), at + ".plad"));
        if (plad == null) throw error(at + ".plad", "empty plain language address");
        StationKind kind = StationKind.POST;
        if (n.has("kind")) {
            String word = text(n.get("kind"), at + ".kind");
            kind = StationKind.ofWord(word);
            if (kind == null || kind == StationKind.COLLECTIVE) {
                throw error(at + ".kind", "\"" + word + "\" is not a station kind (post, department, agency, relay;"
                        + " collectives go under \"collectives\")");
            }
        }
        Level accreditation = n.has("accreditation") ? level(n.get("accreditation"), at + ".accreditation")
                : defaultAccreditation;
        String post = n.has("post") ? Network.key(text(n.get("post"), at + ".post")) : null;
        if (post == null && (kind == StationKind.POST || kind == StationKind.DEPARTMENT)) {
            post = Posts.builtIn().byRi(ri).map(Post::mrnOrigin).orElse(null);
        }
        boolean selfRelease = n.has("selfRelease") ? bool(n.get("selfRelease"), at + ".selfRelease")
                : defaultSelfRelease;
        boolean mcn = n.has("mcn") ? bool(n.get("mcn"), at + ".mcn")
                : kind == StationKind.POST || kind == StationKind.DEPARTMENT;
        return new Station(ri, plad, kind, accreditation, post, selfRelease, mcn);
    }

    private Collective collective(JsonNode node, String at, Map<String, Station> stations) {
        JsonNode n = objectAt(node, at);
        keys(n, at, Set.of("ri", "plad", "members"));
        String ri = ri(required(n, "ri", at), at + ".ri");
        String plad = Network.key(text(required(n, "plad", at), at + ".plad"));
        if (plad == null || !plad.endsWith("COLLECTIVE")) {
            throw error(at + ".plad", "a collective's address ends in COLLECTIVE (cables and routing tell"
                    + " collectives by it): \"" + plad + "\"");
        }
        JsonNode members = required(n, "members", at);
        if (!members.isArray() || members.isEmpty()) {
            throw error(at + ".members", "a collective needs a non-empty list of member RIs");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            String mat = at + ".members[" + i + "]";
            String m = ri(members.get(i), mat);
            if (!stations.containsKey(m)) {
                throw error(mat, "member " + m + " is not a station of the network (list it under \"stations\" or"
                        + " in the routing-indicator catalog)");
            }
            if (out.contains(m)) throw error(mat, "member " + m + " is listed twice");
            out.add(m);
        }
        return new Collective(ri, plad, out);
    }

    private NetworkUser user(JsonNode node, String at) {
        JsonNode n = objectAt(node, at);
        keys(n, at, Set.of("id", "clearance", "roles", "posts", "accessLists", "nationalities"));
        String id = text(required(n, "id", at), at + ".id").strip();
        if (id.isEmpty()) throw error(at + ".id", "empty user id");
        Level clearance = level(required(n, "clearance", at), at + ".clearance");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String r : strings(n, "roles", at)) {
            try {
                roles.add(Role.valueOf(r.toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
            } catch (IllegalArgumentException e) {
                throw error(at + ".roles", "\"" + r + "\" is not a role (" + String.join(", ",
                        EnumSet.allOf(Role.class).stream().map(x -> x.name().toLowerCase(Locale.ROOT)).toList()) + ")");
            }
        }
        Set<String> posts = new LinkedHashSet<>();
        for (String p : strings(n, "posts", at)) posts.add(Network.key(p));
        Set<String> lists = new LinkedHashSet<>(strings(n, "accessLists", at));
        Set<String> nationalities = new LinkedHashSet<>(strings(n, "nationalities", at));
        if (nationalities.isEmpty()) nationalities.add(Label.USA);
        return new NetworkUser(new Principal(id, clearance, lists, nationalities, posts, roles));
    }

    private List<String> strings(JsonNode n, String field, String at) {
        List<String> out = new ArrayList<>();
        JsonNode a = n.get(field);
        if (a == null) return out;
        if (!a.isArray()) throw error(at + "." + field, "expected a list of strings");
        for (int i = 0; i < a.size(); i++) out.add(text(a.get(i), at + "." + field + "[" + i + "]"));
        return out;
    }

    private String knownStation(JsonNode n, String field, String at, Map<String, Station> stations) {
        String ri = ri(required(n, field, at), at + "." + field);
        if (!stations.containsKey(ri)) throw error(at + "." + field, ri + " is not a station of the network");
        return ri;
    }

    private String ri(JsonNode n, String at) {
        String ri = upper(n, at);
        if (!RoutingIndicators.isWellFormed(ri)) {
            throw error(at, "\"" + ri + "\" is not a routing indicator (R then 3 to 6 capital letters)");
        }
        return ri;
    }

    /** A level by its word ({@code TOP SECRET}, {@code top_secret}, {@code SBU}). */
    private Level level(JsonNode n, String at) {
        Level l = LevelWords.parse(text(n, at));
        if (l == null) throw error(at, "\"" + text(n, at) + "\" is not a classification (" + LevelWords.EXPECTED + ")");
        return l;
    }

    private boolean bool(JsonNode n, String at) {
        if (!n.isBoolean()) throw error(at, "expected true or false, found " + n);
        return n.booleanValue();
    }

    private String text(JsonNode n, String at) {
        if (n == null || !n.isTextual()) throw error(at, "expected a string, found " + n);
        return n.textValue();
    }

    private String upper(JsonNode n, String at) {
        return text(n, at).strip().toUpperCase(Locale.ROOT);
    }

    private JsonNode required(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) throw error(at + "." + field, "missing");
        return v;
    }

    private JsonNode object(JsonNode root, String field, String at) {
        JsonNode v = root.get(field);
        if (v == null) return null;
        return objectAt(v, at + "." + field);
    }

    private JsonNode objectAt(JsonNode v, String at) {
        if (!v.isObject()) throw error(at, "expected an object, found " + v);
        return v;
    }

    private JsonNode array(JsonNode root, String field) {
        JsonNode v = root.get(field);
        if (v == null) return null;
        if (!v.isArray()) throw error("$." + field, "expected a list");
        return v;
    }

    private void keys(JsonNode n, String at, Set<String> allowed) {
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String k = it.next();
            if (!allowed.contains(k)) {
                throw error(at + "." + k, "unknown key (expected one of " + String.join(", ", allowed.stream()
                        .sorted().toList()) + ")");
            }
        }
    }

    private static boolean letters(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < 'A' || s.charAt(i) > 'Z') return false;
        }
        return true;
    }

    private NetworkException error(String path, String problem) {
        return new NetworkException(file, path, problem);
    }
}
