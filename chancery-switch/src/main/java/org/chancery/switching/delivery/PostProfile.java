package org.chancery.switching.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one post distributes what it receives, and who acknowledges urgent traffic there.
 *
 * @param post          the post's routing indicator or plain language address (as addressees name it)
 * @param names         the names passing lines use for the post ({@code DEPT} in {@code DEPT FOR EUR/NB},
 *                      {@code OSLO} in {@code OSLO FOR DATT}); words of the post's address count too
 * @param dutyOfficers  users who may acknowledge FLASH and NIACT IMMEDIATE copies; empty = anyone may
 * @param nodis         the named persons who receive NODIS copies (and only they)
 * @param offices       the post's offices with the TAGS each follows
 * @param defaultOffice where a copy goes when no passing line or TAG names an office
 */
public record PostProfile(String post, List<String> names, List<String> dutyOfficers, List<String> nodis,
                          List<Office> offices, String defaultOffice) {

    public static final String REGISTRY = "REGISTRY";

    public PostProfile {
        post = upper(post);
        names = names == null ? List.of() : names.stream().map(PostProfile::upper).toList();
        dutyOfficers = dutyOfficers == null ? List.of() : List.copyOf(dutyOfficers);
        nodis = nodis == null ? List.of() : List.copyOf(nodis);
        offices = offices == null ? List.of() : List.copyOf(offices);
        defaultOffice = defaultOffice == null || defaultOffice.isBlank() ? REGISTRY : upper(defaultOffice);
    }

    /** A post with no profile: everything to the registry, anyone may acknowledge, nobody on the NODIS list. */
    public static PostProfile none(String post) {
        return new PostProfile(post, List.of(), List.of(), List.of(), List.of(), REGISTRY);
    }

    /** An office of a post: its symbol ({@code EUR/NB}, {@code POL}, {@code DATT}) and the TAGS it follows. */
    public record Office(String symbol, Set<String> tags) {
        public Office {
            symbol = upper(symbol);
            tags = tags == null ? Set.of() : Set.copyOf(tags.stream().map(PostProfile::upper).toList());
        }
    }

    public boolean mayAcknowledge(String user) {
        return dutyOfficers.isEmpty() || dutyOfficers.contains(user);
    }

    static String upper(String s) {
        return s == null ? null : s.strip().toUpperCase(Locale.ROOT);
    }
}
