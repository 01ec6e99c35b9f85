package org.chancery.switching.routing;

import java.util.List;

/** Where a cable goes: legs (one transmission each, per section) and the stations it may not go to. */
public record RoutePlan(List<Leg> legs, List<Undeliverable> undeliverable) {

    public RoutePlan {
        legs = List.copyOf(legs);
        undeliverable = List.copyOf(undeliverable);
    }
}
