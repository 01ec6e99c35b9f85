package org.chancery.switching.delivery;

import org.chancery.cable.model.Tag;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who inside a post gets a copy. NODIS: only the post's named list. Otherwise the offices that the cable's
 * passing lines name for this post ({@code DEPT FOR EUR/NB, EUR/RPM} → EUR/NB and EUR/RPM at the Department),
 * then the offices whose profile follows one of the cable's TAGS; the post's default office when none match.
 */
public final class Distribution {

    /** Address words that never name a post in a passing line. */
    private static final Set<String> NOT_NAMES = Set.of("AMEMBASSY", "AMCONSUL", "USMISSION", "USDEL", "WASHDC",
            "WASHINGTON", "DC", "AMCONSULATE", "USLO", "USOFFICE");

    private Distribution() {
    }

    /** The distribution of a copy; the facts come from the cable's text. */
    static List<String> of(PostProfile profile, String plad, TextFacts facts) {
        if (facts.nodis()) return profile.nodis();
        Set<String> out = new LinkedHashSet<>();
        Set<String> names = postNames(profile, plad);
        for (String line : facts.passing()) {
            for (String part : line.split(";")) {
                int at = part.indexOf(" FOR ");
                if (at <= 0) continue;
                String who = part.substring(0, at).strip();
                if (!names.contains(who)) continue;
                for (String office : part.substring(at + 5).replace(" AND ", ",").split(",")) {
                    String symbol = office.strip();
                    while (symbol.endsWith(".")) symbol = symbol.substring(0, symbol.length() - 1);
                    if (!symbol.isEmpty()) out.add(symbol);
                }
            }
        }
        for (PostProfile.Office office : profile.offices()) {
            for (Tag tag : facts.tags()) {
                if (office.tags().contains(tag.code())) {
                    out.add(office.symbol());
                    break;
                }
            }
        }
        if (out.isEmpty()) out.add(profile.defaultOffice());
        return new ArrayList<>(out);
    }

    /** The names a passing line may use for this post: its profile's, plus the words of its address. */
    static Set<String> postNames(PostProfile profile, String plad) {
        Set<String> names = new LinkedHashSet<>(profile.names());
        if (plad != null) {
            String upper = plad.toUpperCase(Locale.ROOT);
            for (String word : upper.split(" ")) {
                if (!word.isEmpty() && !NOT_NAMES.contains(word)) names.add(word);
            }
            if (upper.contains("SECSTATE")) {
                names.add("DEPT");
                names.add("STATE");
            }
        }
        return names;
    }
}
