package org.chancery.cable.model;

import java.util.List;

/**
 * The classification authority: {@code Classified By: Charge Mary Thompson-Jones for reasons 1.4 (b) and (d).}
 *
 * @param name    the person's name, e.g. {@code Mary Thompson-Jones}
 * @param title   the title or position, e.g. {@code Charge}
 * @param reasons normalised reasons, e.g. {@code 1.4(b)}, {@code 1.4(d)}, {@code 1.5(c)}
 * @param text    the whole statement as written, lines joined by single spaces
 */
public record ClassifiedBy(String name, String title, List<String> reasons, String text) {

    public ClassifiedBy {
        reasons = List.copyOf(reasons);
    }
}
