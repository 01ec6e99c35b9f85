package org.chancery.cable;

import org.chancery.cable.model.Dtg;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;

import org.chancery.cable.read.Derivation;

import java.util.List;

/**
 * What one wants to know of a cable at a glance, derived from the model: the canonical id, the overall
 * classification and its controls, the DTG, the action precedence, the originator, the summary. Each is null
 * when the cable does not say.
 *
 * @param id             canonical id, e.g. {@code 09PRAGUE589}: two-digit DTG year + post without spaces (SECSTATE
 *                       → STATE) + MRN without leading zeros
 * @param classification the banner level (LIMITED OFFICIAL USE and the SENSITIVE caption are SBU)
 * @param caveats        captions and controls in the order met, normalised (SIPDIS, NOFORN, NODIS, …)
 * @param dtg            the date-time group of FL5 (or of the text when the header is missing)
 * @param precedence     the action precedence
 * @param origin         the originator as a post name: {@code Embassy Prague}, {@code Consulate Dubai},
 *                       {@code Secretary of State}
 * @param summary        the text between {@code SUMMARY:} and {@code END SUMMARY}, or null
 * @param comment        the text between {@code COMMENT:} and {@code END COMMENT}, or null
 */
public record CableFacts(
        String id,
        Level classification,
        List<String> caveats,
        Dtg dtg,
        Precedence precedence,
        String origin,
        String summary,
        String comment) {

    public CableFacts {
        caveats = List.copyOf(caveats);
    }

    /** Derives the facts of a parsed cable; never throws, leaves null what the cable does not say. */
    public static CableFacts of(ParsedCable parsed) {
        return Derivation.of(parsed);
    }
}
