package org.chancery.switching.routing;

import org.chancery.switching.network.Station;

/** A station the cable may not go to, and why (found while routing, before numbers exist). */
public record Undeliverable(Station station, String via, String reason) {
}
