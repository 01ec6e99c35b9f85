package org.chancery.switching.network;

import java.util.List;

/**
 * A named list of stations addressed at once ({@code RUEHZL/EUROPEAN POLITICAL COLLECTIVE}). The collective's RI
 * never travels on a relay line: routing replaces it by its members' RIs.
 *
 * @param ri      the collective's routing indicator
 * @param plad    its plain language address, ending in {@code COLLECTIVE}
 * @param members the RIs of its member stations, in the network file's order
 */
public record Collective(String ri, String plad, List<String> members) {

    public Collective {
        members = List.copyOf(members);
    }
}
