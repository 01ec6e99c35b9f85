package org.chancery.cable.catalog;

import java.util.List;

/**
 * A post or office that originates cables.
 *
 * @param name      the name as archives give it: {@code Embassy Prague}, {@code Secretary of State}
 * @param plad      the plain language address of its FM line: {@code AMEMBASSY PRAGUE}, {@code SECSTATE WASHDC}
 * @param ri        its routing indicator, e.g. {@code RUEHPG}; null when not known
 * @param mrnOrigin the post word of its classification line: {@code PRAGUE}, {@code STATE}, {@code USUN NEW YORK}
 * @param idPrefix  the post part of its canonical ids: {@code PRAGUE}, {@code STATE}, {@code USUNNEWYORK}
 * @param aliases   other spellings met for it (e.g. {@code SECSTATE} for STATE)
 */
public record Post(String name, String plad, String ri, String mrnOrigin, String idPrefix, List<String> aliases) {

    public Post {
        aliases = List.copyOf(aliases);
    }
}
