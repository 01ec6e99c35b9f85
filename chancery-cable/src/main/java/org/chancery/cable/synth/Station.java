package org.chancery.cable.synth;

import org.chancery.cable.catalog.Post;

/**
 * A post as the generator uses it: the catalog's post (PLAD, RI, classification-line word, id prefix) and what
 * the synthetic corpus adds — its country tag, region, local time and how much it writes.
 *
 * @param index      position in {@link Stations#all()}, a stable key for derived seeds and counters
 * @param countryTag the geographic tag of its country (an organisation tag for a mission to one)
 * @param region     EUR, NEA, SCA, EAP, WHA, AF, IO, or WASH for the Department
 * @param utcOffset  local standard time minus UTC, in hours
 * @param weight     relative traffic
 * @param adjective  the country adjective of prose and subjects ("Czech")
 * @param country    the country's name in prose ("Czech Republic", "the Alliance")
 */
record Station(int index, Post post, String countryTag, String region, int utcOffset, double weight,
               String adjective, String country) {

    String plad() {
        return post.plad();
    }

    String ri() {
        return post.ri();
    }

    /** The word of the classification line and of references: PRAGUE, STATE. */
    String word() {
        return post.mrnOrigin();
    }

    String idPrefix() {
        return post.idPrefix();
    }

    boolean isDepartment() {
        return "WASH".equals(region);
    }

    boolean isConsulate() {
        return post.plad().startsWith("AMCONSUL") || post.plad().startsWith("REO ");
    }

    boolean isMission() {
        return "IO".equals(region);
    }
}
