package org.chancery.switching;

import org.chancery.switching.draft.Addressee;
import org.chancery.switching.draft.DraftContent;

import java.util.List;

/** Drafts written for the tests (fictional content in the real format). */
public final class Fixtures {

    private Fixtures() {
    }

    /** A draft addressed as the seed is: the Department, the European political collective, three agencies. */
    public static DraftContent seedLike() {
        return new DraftContent("RUEHPG", "pol-officer", List.of("pol-chief"), "CONFIDENTIAL", null,
                List.of(Addressee.of("RUEHC")),
                List.of(Addressee.of("RUEHZL"), Addressee.of("RUEAMDA"), Addressee.of("RHEHNSC"),
                        Addressee.of("RUEKJCS")),
                List.of(), List.of("SIPDIS"), List.of(), "12958", "2011-10-01", List.of("PARM", "PREL", "EZ", "EUN"),
                "CZECH VIEWS ON A PLANNED CONSULTATION", List.of("EMBASSY E-MAIL DATED 10.01.2009"),
                "Charge Mary Thompson-Jones for reasons 1.4 (b) and (d)",
                List.of("(SBU) The ministry's political director welcomed the continuing dialogue and said a"
                                + " fuller paper would follow next week.",
                        "(C) A deputy told emboff that the paper had been held back for more work before it is"
                                + " handed over.",
                        "(SBU) The defense attache delivered the same paper to the ministry of defense, which"
                                + " proposed dates in November."),
                "Thompson-Jones");
    }

    /** The same, with other classification, addressees or clearers. */
    public static DraftContent with(DraftContent c, String classification, List<Addressee> to, List<Addressee> info,
                                    List<String> exclude, List<String> clearers, List<String> paragraphs) {
        return new DraftContent(c.originator(), c.drafter(), clearers, classification, c.precedence(), to, info,
                exclude, c.captions(), c.passing(), c.executiveOrder(), c.declassify(), c.tags(), c.subject(),
                c.references(), c.classifiedBy(), paragraphs, c.signature());
    }
}
