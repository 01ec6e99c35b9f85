package org.chancery.security;

import org.chancery.cable.model.Level;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person (or service) that reads cables.
 *
 * @param id            a stable identifier, e.g. {@code jdoe}
 * @param clearance     the highest level they may read
 * @param accessLists   the named access lists they are on; a control other than NOFORN is held by being on the
 *                      list of its name ({@code NODIS}, {@code EXDIS}, {@code LIMDIS}, {@code STADIS},
 *                      {@code SPECAT}, {@code ORCON}, {@code PROPIN})
 * @param nationalities country codes (trigraphs, e.g. {@code USA}, {@code GBR}); NOFORN is held by a US national,
 *                      REL TO by anyone with a nationality it names
 * @param memberships   posts (keys as in canonical ids: {@code PRAGUE}, {@code STATE}) and offices
 *                      ({@code EUR/CE}) they belong to; a non-SIPDIS cable reaches them through these
 * @param roles         what else they may do (drafting, release, audit…); roles do not widen reading
 */
public record Principal(String id, Level clearance, Set<String> accessLists, Set<String> nationalities,
                        Set<String> memberships, Set<Role> roles) {

    public Principal {
        if (id == null) throw new IllegalArgumentException("a principal needs an id");
        if (clearance == null) throw new IllegalArgumentException("a principal needs a clearance (UNCLASSIFIED at least)");
        accessLists = Set.copyOf(accessLists);
        nationalities = Set.copyOf(nationalities);
        memberships = Set.copyOf(memberships);
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A US reader cleared to {@code clearance}, on no access list, member of nothing. */
    public static Principal reader(String id, Level clearance) {
        return new Principal(id, clearance, Set.of(), Set.of(Label.USA), Set.of(), Set.of(Role.READER));
    }

    public Principal withClearance(Level l) {
        return new Principal(id, l, accessLists, nationalities, memberships, roles);
    }

    public Principal withAccessLists(Set<String> lists) {
        return new Principal(id, clearance, lists, nationalities, memberships, roles);
    }

    public Principal withNationalities(Set<String> n) {
        return new Principal(id, clearance, accessLists, n, memberships, roles);
    }

    public Principal withMemberships(Set<String> m) {
        return new Principal(id, clearance, accessLists, nationalities, m, roles);
    }

    public boolean hasRole(Role r) {
        return roles.contains(r);
    }
}
