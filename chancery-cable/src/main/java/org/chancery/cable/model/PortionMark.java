package org.chancery.cable.model;

import java.util.List;

/**
 * A portion mark such as {@code (C)}, {@code (S/NF)}, {@code (SBU)}: a level and the controls written with it
 * (normalised to full words: NOFORN, REL TO …). {@code text} is the mark as written without parentheses.
 */
public record PortionMark(Level level, List<String> controls, String text) {

    public PortionMark {
        controls = List.copyOf(controls);
    }

    public boolean isNoforn() {
        return controls.contains("NOFORN");
    }
}
