package org.chancery.cable.model;

import java.util.List;

/**
 * The classification line of the telegram text, e.g. {@code C O N F I D E N T I A L PRAGUE 000589} or
 * {@code SECRET SECTION 01 OF 03 STATE 012345}.
 *
 * @param level      the level; LIMITED OFFICIAL USE is SBU
 * @param levelText  the level as written, e.g. {@code C O N F I D E N T I A L}, {@code UNCLAS}
 * @param efto       whether EFTO (encrypted for transmission only) follows the level
 * @param qualifiers other words between level and post, kept as written (e.g. {@code C O R R E C T E D COPY})
 * @param section    the section number (1-based), or null
 * @param sections   the total number of sections, or null
 * @param post       the originating post as written (e.g. {@code PRAGUE}, {@code STATE}, {@code USUN NEW YORK})
 * @param mrn        the message reference number as written (normally six digits)
 */
public record ClassificationLine(
        Level level,
        String levelText,
        boolean efto,
        List<String> qualifiers,
        Integer section,
        Integer sections,
        String post,
        String mrn) {

    public ClassificationLine {
        qualifiers = List.copyOf(qualifiers);
    }
}
