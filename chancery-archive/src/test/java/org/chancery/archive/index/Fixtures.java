package org.chancery.archive.index;

import org.chancery.archive.index.IndexDocument.Portion;
import org.chancery.archive.index.IndexDocument.Portion.Kind;
import org.chancery.cable.model.Level;

import java.time.Instant;
import java.util.List;

/**
 * Fictional cables as index documents, with known answers for the search tests. Portions:
 * <ul>
 *   <li>09PRAGUE100 (C, SIPDIS): subject (C), para 1 (C) radar, para 2 (U) foreign minister, sanctions</li>
 *   <li>09STATE200 (S NOFORN, SIPDIS): subject (U), para 1 (S/NOFORN) radar, Brdy; para 2 (C) foreign ministry</li>
 *   <li>08PARIS50 (U): subject (U), para 1 (U) café, economy, minister</li>
 *   <li>10OSLO7 (S NODIS, not SIPDIS): subject (S/NODIS), para 1 (S/NODIS) police</li>
 *   <li>07MOSCOW9 (C, SIPDIS, no date): para 1 (C) warheads</li>
 * </ul>
 */
final class Fixtures {

    static final String PRAGUE = "09PRAGUE100";
    static final String STATE = "09STATE200";
    static final String PARIS = "08PARIS50";
    static final String OSLO = "10OSLO7";
    static final String MOSCOW = "07MOSCOW9";

    private Fixtures() {
    }

    static Portion subject(Level level, String text, String... controls) {
        return new Portion(Kind.SUBJECT, null, level, List.of(controls), text);
    }

    static Portion para(int n, Level level, String text, String... controls) {
        return new Portion(Kind.PARAGRAPH, n, level, List.of(controls), text);
    }

    static List<IndexDocument> all() {
        return List.of(prague(), state(), paris(), oslo(), moscow());
    }

    static IndexDocument prague() {
        return new IndexDocument(PRAGUE, 1, 1, Instant.parse("2009-10-02T14:05:00Z"), "Embassy Prague",
                List.of("SECSTATE WASHDC"), List.of("AMEMBASSY BERLIN", "AMEMBASSY WARSAW"), Level.CONFIDENTIAL,
                List.of("SIPDIS"), List.of("PARM", "PREL", "EZ"), "PRIORITY", List.of(STATE),
                List.of(subject(Level.CONFIDENTIAL, "CZECH VIEWS ON\nTHE RADAR SITE"),
                        para(1, Level.CONFIDENTIAL, "SUMMARY. THE CZECH GOVERNMENT STILL SUPPORTS THE RADAR\n"
                                + "SITE AT THE HIGHEST LEVEL. END SUMMARY."),
                        para(2, Level.UNCLASSIFIED, "THE FOREIGN MINISTER SAID THAT NEW SANCTIONS WOULD NOT\n"
                                + "WORK AND THAT TALKS SHOULD GO ON.")));
    }

    static IndexDocument state() {
        return new IndexDocument(STATE, 2, 2, Instant.parse("2009-09-15T20:00:00Z"), "Secretary of State",
                List.of("AMEMBASSY PRAGUE"), List.of("AMEMBASSY BERLIN"), Level.SECRET,
                List.of("NOFORN", "SIPDIS"), List.of("PARM", "MARR"), "IMMEDIATE", List.of(),
                List.of(subject(Level.UNCLASSIFIED, "DEMARCHE ON MISSILE DEFENSE"),
                        para(1, Level.SECRET, "THE RADAR WILL BE BUILT AT BRDY UNDER THE SECRET PLAN.", "NOFORN"),
                        para(2, Level.CONFIDENTIAL, "POST SHOULD DELIVER THE DEMARCHE TO THE FOREIGN MINISTRY.")));
    }

    static IndexDocument paris() {
        return new IndexDocument(PARIS, 1, 3, Instant.parse("2008-01-20T09:00:00Z"), "Embassy Paris",
                List.of("SECSTATE WASHDC"), List.of(), Level.UNCLASSIFIED, List.of(), List.of("ECON", "EFIN", "FR"),
                "ROUTINE", List.of(PRAGUE, STATE),
                List.of(subject(Level.UNCLASSIFIED, "FRENCH ECONOMY SLOWS"),
                        para(1, Level.UNCLASSIFIED, "THE MINISTER MET BANKERS AT A CAFÉ NEAR THE BOURSE TO DISCUSS\n"
                                + "THE ECONOMY AND THE BUDGET.")));
    }

    static IndexDocument oslo() {
        return new IndexDocument(OSLO, 1, 4, Instant.parse("2010-02-03T11:30:00Z"), "Embassy Oslo",
                List.of("SECSTATE WASHDC"), List.of(), Level.SECRET, List.of("NODIS"), List.of("PGOV", "NO"),
                "NIACT IMMEDIATE", List.of(),
                List.of(subject(Level.SECRET, "NORWEGIAN POLICE CHIEF RESIGNS", "NODIS"),
                        para(1, Level.SECRET, "THE POLICE COMMISSIONER RESIGNED OVER THE RADAR AFFAIR.", "NODIS")));
    }

    static IndexDocument moscow() {
        return new IndexDocument(MOSCOW, 1, 5, null, "Embassy Moscow", List.of("SECSTATE WASHDC"), List.of(),
                Level.CONFIDENTIAL, List.of("SIPDIS"), List.of("PARM", "RS"), "PRIORITY", List.of(PRAGUE),
                List.of(para(1, Level.CONFIDENTIAL, "WARHEADS ARE TO BE COUNTED UNDER THE NEW TREATY.")));
    }
}
