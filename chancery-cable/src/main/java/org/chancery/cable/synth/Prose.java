package org.chancery.cable.synth;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the words of one cable — subject and paragraphs — from its topic's templates, filling slots with the
 * people, places and parties of the country the cable is about. Officials keep their names within a cable and,
 * through derived seeds, across cables of the same country, topic and four-year term.
 */
final class Prose implements Template.Filler {

    /** People per country an official is drawn from; contacts are drawn from as many more. */
    private static final int CAST = 60;
    private static final int PLACES = 24;
    private static final int PARTIES = 6;

    private final long seed;
    private final Names names;
    private final Topic topic;
    private final Topic common;
    private final Station about;
    private final Station sender;
    private final int year;
    private final int month;
    private final SplittableRandom r;
    private final List<Person> introduced = new ArrayList<>();
    /** Templates this cable has used: a cable does not say the same sentence twice. */
    private final java.util.Set<Template> used = new java.util.HashSet<>();
    private Person last;

    Prose(long seed, Names names, Topic topic, Topic common, Station about, Station sender, int year, int month,
          SplittableRandom r) {
        this.seed = seed;
        this.names = names;
        this.topic = topic;
        this.common = common;
        this.about = about;
        this.sender = sender;
        this.year = year;
        this.month = month;
        this.r = r;
    }

    /** The subject line, in upper case. */
    String subject() {
        StringBuilder sb = new StringBuilder();
        Draw.pick(r, topic.subjects()).render(sb, this, r);
        return sb.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * A paragraph of up to {@code sentences} sentences, three in five from the topic, the rest shared; it stops
     * early rather than grow past {@code maxChars} (one sentence at least).
     */
    String paragraph(int sentences, int maxChars) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            List<Template> pool = Draw.chance(r, 0.6) ? topic.sentences() : common.sentences();
            int before = sb.length();
            sentence(sb, fresh(pool));
            if (i > 0 && sb.length() > maxChars) {
                sb.setLength(before);
                break;
            }
        }
        return sb.toString();
    }

    /** {@code Summary: … End summary.} */
    String summary(int sentences) {
        boolean upper = Draw.chance(r, 0.4);
        StringBuilder sb = new StringBuilder(upper ? "SUMMARY:" : "Summary:");
        sentence(sb, fresh(summaryPool()));
        for (int i = 1; i < sentences; i++) {
            sentence(sb, fresh(Draw.chance(r, 0.5) ? summaryPool() : topic.sentences()));
        }
        sb.append(upper ? " END SUMMARY." : " End summary.");
        return sb.toString();
    }

    /** {@code Comment: … End comment.} */
    String comment(int sentences) {
        boolean upper = Draw.chance(r, 0.4);
        StringBuilder sb = new StringBuilder(upper ? "COMMENT:" : "Comment:");
        for (int i = 0; i < sentences; i++) {
            List<Template> pool = Draw.chance(r, 0.5) && !topic.comments().isEmpty() ? topic.comments()
                    : common.comments();
            sentence(sb, fresh(pool));
        }
        sb.append(upper ? " END COMMENT." : " End comment.");
        return sb.toString();
    }

    /** A template of the pool this cable has not used yet (after a few tries, any). */
    private Template fresh(List<Template> pool) {
        Template t = Draw.pick(r, pool);
        for (int i = 0; i < 4 && used.contains(t); i++) t = Draw.pick(r, pool);
        used.add(t);
        return t;
    }

    private List<Template> summaryPool() {
        return Draw.chance(r, 0.5) && !topic.summaries().isEmpty() ? topic.summaries() : common.summaries();
    }

    /**
     * Appends one sentence: a space first when the paragraph has begun, the first letter capitalised, a full
     * stop at the end. A sentence never ends on a number, so that a wrapped line cannot begin like a
     * paragraph number ("4. The minister…").
     */
    private void sentence(StringBuilder sb, Template t) {
        if (!sb.isEmpty()) sb.append(' ');
        int start = sb.length();
        t.render(sb, this, r);
        if (sb.length() > start) sb.setCharAt(start, Character.toUpperCase(sb.charAt(start)));
        int end = sb.length();
        while (end > start && (sb.charAt(end - 1) == '.' || sb.charAt(end - 1) == ' ')) end--;
        sb.setLength(end);
        if (end > start && Character.isDigit(sb.charAt(end - 1))) {
            sb.append(Draw.pick(r, List.of(", officials said", ", according to press reports",
                    ", according to our contacts", " this year")));
        }
        sb.append('.');
    }

    @Override
    public void fill(String slot, StringBuilder out) {
        switch (slot) {
            case "official" -> official(out);
            case "name" -> {
                if (last == null) official(out); // nobody introduced yet: introduce them here
                else out.append(last.surname());
            }
            case "pron" -> out.append(last == null ? "he" : last.pronoun());
            case "poss" -> out.append(last == null ? "his" : last.possessive());
            case "contact" -> contact(out);
            case "place" -> out.append(names.place(seed, about.countryTag(), r.nextInt(PLACES)));
            case "party" -> out.append(names.party(seed, about.countryTag(), r.nextInt(PARTIES)));
            case "adj" -> out.append(about.adjective());
            case "country" -> out.append(about.country());
            case "date" -> out.append(monthName(nearbyMonth())).append(' ').append(Draw.between(r, 1, 28));
            case "month" -> out.append(monthName(nearbyMonth()));
            case "year" -> out.append(year);
            case "num" -> out.append(Draw.chance(r, 0.8) ? Draw.between(r, 2, 40) : Draw.between(r, 4, 90) * 10);
            case "pct" -> out.append(Draw.between(r, 3, 85)).append(" percent");
            case "amount" -> out.append('$').append(Draw.between(r, 2, 950))
                    .append(Draw.chance(r, 0.85) ? " million" : " billion");
            case "post" -> out.append(sender.isDepartment() ? "DEPARTMENT" : sender.word());
            default -> list(slot, out);
        }
    }

    private void list(String slot, StringBuilder out) {
        List<Template> items = topic.lists().get(slot);
        if (items == null) items = common.lists().get(slot);
        if (items == null) throw new IllegalStateException("topics.txt: no list or value for {" + slot + "}");
        Draw.pick(r, items).render(out, this, r);
    }

    /**
     * A local official: title and full name at first mention, title and surname after. Which person holds a
     * title depends on the country, topic, title and four-year term only, so ministers recur across cables.
     */
    private void official(StringBuilder out) {
        List<Template> titles = topic.lists().getOrDefault("title", common.lists().get("title"));
        int t = r.nextInt(titles.size());
        int k = (int) Math.floorMod(Draw.derive(seed, Draw.key(about.countryTag()), Draw.key(topic.name()), t,
                year / 4), (long) CAST);
        Person p = names.local(seed, about.region(), about.countryTag(), k);
        titles.get(t).render(out, this, r);
        out.append(' ');
        if (introduced.contains(p)) {
            out.append(p.surname());
        } else {
            out.append(p.fullName());
            introduced.add(p);
        }
        last = p;
    }

    /** A non-official contact: "journalist Jana Novakova". */
    private void contact(StringBuilder out) {
        String role = Draw.pick(r, common.lists().get("contact.role")).toString();
        if (role.startsWith("a ")) role = role.substring(2);
        else if (role.startsWith("an ")) role = role.substring(3);
        Person p = names.local(seed, about.region(), about.countryTag(), CAST + r.nextInt(CAST));
        out.append(role).append(' ').append(p.fullName());
    }

    private int nearbyMonth() {
        return Draw.chance(r, 0.7) ? month : Math.floorMod(month - 2, 12) + 1;
    }

    private static String monthName(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
