package org.chancery.cable.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The posts catalog: looks a post up by any of its names. Lookups ignore case (Locale.ROOT) and extra
 * whitespace. When two posts share a key (Embassy Brussels and USEU Brussels both write {@code BRUSSELS} on
 * their classification line), the post listed first wins that key.
 */
public final class Posts {

    private static final String RESOURCE = "posts.tsv";

    /** Misspellings and variants of the two common PLAD prefixes met in real cables. */
    private static final Map<String, String> PREFIX_VARIANTS = Map.of(
            "AMMBASSY", "AMEMBASSY", "AMEMBASY", "AMEMBASSY", "AMEMBSSY", "AMEMBASSY", "AMEMB", "AMEMBASSY",
            "AMEMBASSSY", "AMEMBASSY", "AMCONSULATE", "AMCONSUL", "AMCONGEN", "AMCONSUL", "AMCONSUK", "AMCONSUL");

    private static final class BuiltIn {
        static final Posts INSTANCE = new Posts(parse(CatalogFile.resource(RESOURCE)));
    }

    private final List<Post> posts;
    private final Map<String, Post> byPlad = new HashMap<>();
    private final Map<String, Post> byWord = new HashMap<>();
    private final Map<String, Post> byIdPrefix = new HashMap<>();
    private final Map<String, Post> byRi = new HashMap<>();

    private Posts(List<Post> posts) {
        this.posts = List.copyOf(posts);
        for (Post post : this.posts) {
            byPlad.putIfAbsent(CatalogFile.key(post.plad()), post);
            byWord.putIfAbsent(CatalogFile.key(post.mrnOrigin()), post);
            // references sometimes name a post by its PLAD ("USEU BRUSSELS")
            byWord.putIfAbsent(CatalogFile.key(post.plad()), post);
            byIdPrefix.putIfAbsent(CatalogFile.key(post.idPrefix()), post);
            if (post.ri() != null) {
                byRi.putIfAbsent(CatalogFile.key(post.ri()), post);
            }
            for (String alias : post.aliases()) {
                byPlad.putIfAbsent(CatalogFile.key(alias), post);
                byWord.putIfAbsent(CatalogFile.key(alias), post);
            }
        }
    }

    /** The built-in catalog, read once on first use. */
    public static Posts builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** A catalog of the given posts only; earlier posts win shared keys. */
    public static Posts of(List<Post> posts) {
        return new Posts(posts);
    }

    /**
     * The built-in catalog with the posts of a file (same format as the built-in {@code posts.tsv}, see
     * docs/catalogs.md) on top: the file's posts win shared keys.
     *
     * @throws CatalogFormatException when a line is malformed
     */
    public static Posts load(Path file) throws IOException {
        return of(parse(CatalogFile.file(file, true))).withAll(builtIn());
    }

    /** This catalog followed by another: this catalog's posts win shared keys. */
    public Posts withAll(Posts other) {
        List<Post> all = new ArrayList<>(posts);
        all.addAll(other.posts);
        return new Posts(all);
    }

    /** Every post, in catalog order. */
    public List<Post> all() {
        return posts;
    }

    /** By the PLAD of an FM/TO line: {@code AMEMBASSY PRAGUE}, {@code SECSTATE WASHDC}. */
    public Optional<Post> byPlad(String plad) {
        String key = normalizePlad(plad);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Post post = byPlad.get(key);
        if (post == null) {
            // "AMEMBASSY TRIPOLI LY": a trailing two-letter country tag after the city
            String bare = withoutCountrySuffix(key);
            if (bare != null) {
                post = byPlad.get(bare);
            }
        }
        return Optional.ofNullable(post);
    }

    /**
     * By the post word of a classification line or reference: {@code PRAGUE}, {@code STATE}, {@code SECSTATE},
     * {@code USUN NEW YORK}; also takes the id form without spaces ({@code SANJOSE}).
     */
    public Optional<Post> byMrnOrigin(String word) {
        String key = CatalogFile.key(word);
        if (key == null || key.isEmpty()) {
            return Optional.empty();
        }
        Post post = byWord.get(key);
        if (post == null) {
            post = byIdPrefix.get(key.replace(" ", ""));
        }
        return Optional.ofNullable(post);
    }

    /** By the post part of a canonical id: {@code SANJOSE}, {@code USUNNEWYORK}, {@code STATE}. */
    public Optional<Post> byIdPrefix(String prefix) {
        String key = CatalogFile.key(prefix);
        return key == null ? Optional.empty() : Optional.ofNullable(byIdPrefix.get(key.replace(" ", "")));
    }

    /** By routing indicator: {@code RUEHPG} → Embassy Prague. */
    public Optional<Post> byRi(String ri) {
        String key = CatalogFile.key(ri);
        return key == null ? Optional.empty() : Optional.ofNullable(byRi.get(key));
    }

    /**
     * The archive name of an originator PLAD even when the catalog does not list it: {@code AMEMBASSY X} →
     * {@code Embassy X}, {@code AMCONSUL X} → {@code Consulate X}, {@code SECSTATE WASHDC} → {@code Secretary of
     * State}; null when the PLAD is not an originator address.
     */
    public String originName(String plad) {
        Optional<Post> known = byPlad(plad);
        if (known.isPresent()) {
            return known.get().name();
        }
        String key = normalizePlad(plad);
        if (key == null || key.isEmpty()) {
            return null;
        }
        int space = key.indexOf(' ');
        if (space < 0) {
            return null;
        }
        String head = key.substring(0, space);
        String rest = key.substring(space + 1);
        String bare = withoutCountrySuffix(key);
        if (bare != null) {
            rest = bare.substring(space + 1);
        }
        return switch (head) {
            case "AMEMBASSY" -> "Embassy " + titleCase(rest);
            case "AMCONSUL" -> "Consulate " + titleCase(rest);
            case "USMISSION" -> "US Mission " + titleCase(rest);
            case "USINT" -> "US Interests Section " + titleCase(rest);
            case "SECSTATE" -> "Secretary of State";
            default -> null;
        };
    }

    /**
     * The canonical-id prefix for a classification-line post word: {@code SECSTATE} → {@code STATE},
     * {@code SAN JOSE} → {@code SANJOSE}, {@code USUN} → {@code USUNNEWYORK}; for an unknown word, the word
     * without spaces in upper case; null for null or blank.
     */
    public String idPrefix(String mrnOrigin) {
        String key = CatalogFile.key(mrnOrigin);
        if (key == null || key.isEmpty()) {
            return null;
        }
        return byMrnOrigin(key).map(Post::idPrefix).orElse(key.replace(" ", ""));
    }

    /** Upper case, whitespace collapsed, any {@code //…} office suffix dropped, prefix misspellings fixed. */
    static String normalizePlad(String plad) {
        String key = CatalogFile.key(plad);
        if (key == null) {
            return null;
        }
        int slashes = key.indexOf("//");
        if (slashes >= 0) {
            key = key.substring(0, slashes).strip();
        }
        int space = key.indexOf(' ');
        if (space > 0) {
            String fixed = PREFIX_VARIANTS.get(key.substring(0, space));
            if (fixed != null) {
                key = fixed + key.substring(space);
            }
        }
        return key;
    }

    /** {@code AMEMBASSY TRIPOLI LY} → {@code AMEMBASSY TRIPOLI}; null when there is no such suffix. */
    private static String withoutCountrySuffix(String key) {
        int last = key.lastIndexOf(' ');
        int first = key.indexOf(' ');
        if (last > first && first > 0 && key.length() - last - 1 == 2) {
            return key.substring(0, last);
        }
        return null;
    }

    /** "PORT AU PRINCE" → "Port Au Prince", as the archive writes post names. */
    static String titleCase(String words) {
        StringBuilder sb = new StringBuilder(words.length());
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (c == ' ') {
                start = true;
                sb.append(c);
            } else {
                sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
                start = false;
            }
        }
        return sb.toString();
    }

    private static List<Post> parse(List<CatalogFile.Line> lines) {
        List<Post> out = new ArrayList<>(lines.size());
        for (CatalogFile.Line line : lines) {
            List<String> f = line.tabFields(5, 6, "NAME, PLAD, RI, MRN_ORIGIN, ID_PREFIX[, ALIASES]");
            for (int i = 0; i < 5; i++) {
                if (f.get(i).isEmpty()) {
                    throw line.error("field " + (i + 1) + " (" + List.of("NAME", "PLAD", "RI", "MRN_ORIGIN",
                            "ID_PREFIX").get(i) + ") is empty; write \"-\" for an unknown RI");
                }
            }
            String ri = f.get(2).equals("-") ? null : f.get(2).toUpperCase(Locale.ROOT);
            if (ri != null && !RoutingIndicators.isWellFormed(ri)) {
                throw line.error("RI \"" + f.get(2) + "\" is not R followed by 3 to 6 letters");
            }
            String idPrefix = f.get(4).toUpperCase(Locale.ROOT);
            for (int i = 0; i < idPrefix.length(); i++) {
                char c = idPrefix.charAt(i);
                if (c < 'A' || c > 'Z') {
                    throw line.error("ID_PREFIX \"" + f.get(4) + "\" must be letters A-Z only");
                }
            }
            List<String> aliases = new ArrayList<>();
            if (f.size() == 6 && !f.get(5).isEmpty()) {
                for (String alias : CatalogFile.split(f.get(5), '|')) {
                    if (alias.isEmpty()) {
                        throw line.error("empty alias in \"" + f.get(5) + "\"");
                    }
                    aliases.add(CatalogFile.key(alias));
                }
            }
            out.add(new Post(f.get(0), CatalogFile.key(f.get(1)), ri, CatalogFile.key(f.get(3)), idPrefix,
                    Collections.unmodifiableList(aliases)));
        }
        return out;
    }
}
