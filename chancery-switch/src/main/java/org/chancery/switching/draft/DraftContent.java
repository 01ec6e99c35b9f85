package org.chancery.switching.draft;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * What a drafter writes: the draft file format (JSON, docs/switch.md "Drafting and release"). Texts are written
 * as in a cable: a subject or paragraph may begin with its portion mark ({@code "(C) Following this meeting…"}),
 * the classification authority reads {@code "Charge Mary Thompson-Jones for reasons 1.4 (b) and (d)"}. Numbers
 * (MRN, DTG, MCNs, serials) are not part of a draft: release assigns them.
 *
 * @param originator     the originating post, by RI or PLAD ({@code RUEHPG}, {@code AMEMBASSY PRAGUE})
 * @param drafter        the drafting user (the acting user when left out)
 * @param clearers       users who must clear before release, in any order
 * @param classification the cable's classification (UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP SECRET)
 * @param precedence     the precedence of addressees that give none (ROUTINE when left out)
 * @param to             action addressees
 * @param info           information addressees
 * @param exclude        posts excluded from an addressed collective ({@code XMT}), by RI or PLAD
 * @param captions       captions (SIPDIS, NOFORN, NODIS…), in order
 * @param passing        passing lines ({@code DEPT FOR EUR/CE})
 * @param executiveOrder the E.O. number (13526 when left out)
 * @param declassify     for a classified cable: a date ({@code 2019-10-01} or {@code 10/01/2019}), an event
 *                       ({@code AFTER KOREAN UNIFICATION}) or an exemption ({@code 25X1})
 * @param tags           TAGS entries ({@code PARM}, {@code OVIP (CLINTON, HILLARY)})
 * @param subject        the subject, optionally beginning with its portion mark
 * @param references     references, one an item, as written after {@code REF:} ({@code 09 STATE 12345})
 * @param classifiedBy   the classification authority after {@code Classified By:}
 * @param paragraphs     the paragraphs, each beginning with its portion mark; numbered at writing
 * @param signature      the signature (a surname)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"originator", "drafter", "clearers", "classification", "precedence", "to", "info", "exclude",
        "captions", "passing", "executiveOrder", "declassify", "tags", "subject", "references", "classifiedBy",
        "paragraphs", "signature"})
public record DraftContent(
        String originator,
        String drafter,
        List<String> clearers,
        String classification,
        String precedence,
        List<Addressee> to,
        List<Addressee> info,
        List<String> exclude,
        List<String> captions,
        List<String> passing,
        String executiveOrder,
        String declassify,
        List<String> tags,
        String subject,
        List<String> references,
        String classifiedBy,
        List<String> paragraphs,
        String signature) {

    public DraftContent {
        clearers = copy(clearers);
        to = copy(to);
        info = copy(info);
        exclude = copy(exclude);
        captions = copy(captions);
        passing = copy(passing);
        tags = copy(tags);
        references = copy(references);
        paragraphs = copy(paragraphs);
    }

    /** The same content with another drafter. */
    public DraftContent withDrafter(String d) {
        return new DraftContent(originator, d, clearers, classification, precedence, to, info, exclude, captions,
                passing, executiveOrder, declassify, tags, subject, references, classifiedBy, paragraphs, signature);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
