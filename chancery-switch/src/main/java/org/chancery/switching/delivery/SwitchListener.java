package org.chancery.switching.delivery;

/**
 * Receives the switch's events. Called on the switch's writer thread right after the commit: keep it short
 * (hand the event to a queue of your own for slow work). An exception it throws is logged and ignored.
 */
@FunctionalInterface
public interface SwitchListener {
    void on(SwitchEvent event);
}
