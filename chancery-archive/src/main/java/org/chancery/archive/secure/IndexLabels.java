package org.chancery.archive.secure;

import org.chancery.archive.index.LabelClass;
import org.chancery.archive.index.Visibility;
import org.chancery.cable.model.Level;
import org.chancery.security.AccessDecider;
import org.chancery.security.Control;
import org.chancery.security.Distribution;
import org.chancery.security.Label;
import org.chancery.security.ParsedLabel;
import org.chancery.security.Policy;
import org.chancery.security.Principal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The bridge between the security module's labels and the index's label classes, both ways, so that the index
 * filters with exactly the decision the redactor takes: a portion's class is its effective label without the
 * distribution (which is the cable's, filtered on its own), and a class is readable when
 * {@link AccessDecider#decide} allows the label it names.
 */
public final class IndexLabels {

    /**
     * The control of the class of a malformed label: no label has it, so no principal reads it (the level is the
     * highest for the same reason). Unrestricted searches (the local administrator) still see the text.
     */
    static final String MALFORMED = "MALFORMED";
    private static final String REL_TO = "REL TO ";
    private static final LabelClass MALFORMED_CLASS = LabelClass.of(Level.TOP_SECRET, List.of(MALFORMED));

    private IndexLabels() {
    }

    /** The class of a label (its level, controls and REL TO); a malformed label has a class nobody reads. */
    public static LabelClass classOf(ParsedLabel label) {
        Label l = label == null ? null : label.labelOrNull();
        if (l == null) return MALFORMED_CLASS;
        List<String> controls = new ArrayList<>();
        for (Control c : l.controls()) controls.add(c.name());
        if (!l.relTo().isEmpty()) controls.add(REL_TO + String.join(", ", l.relTo()));
        return LabelClass.of(l.level(), controls);
    }

    /** The label a class names, without distribution; null when it names something unknown (then nobody reads it). */
    public static Label labelOf(LabelClass c) {
        List<Control> controls = new ArrayList<>();
        List<String> relTo = List.of();
        for (String word : c.controls()) {
            if (word.startsWith(REL_TO)) {
                relTo = new ArrayList<>();
                for (String code : word.substring(REL_TO.length()).split(",")) relTo.add(code.strip());
                continue;
            }
            Control control = Control.ofWord(word);
            if (control == null) return null;
            controls.add(control);
        }
        try {
            return Label.of(c.level(), controls, relTo, Distribution.UNRESTRICTED);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The distribution keys of a governing banner as the index holds them: SIPDIS, or the recipients; none if malformed. */
    public static List<String> distributionKeys(ParsedLabel governing) {
        Label l = governing == null ? null : governing.labelOrNull();
        if (l == null) return List.of();
        return switch (l.distribution()) {
            case Distribution.Sipdis s -> List.of(org.chancery.archive.index.LuceneSearchIndex.DIST_SIPDIS);
            case Distribution.Limited limited -> limited.to();
            // a banner always speaks of distribution; a label that does not restricts by nothing else
            case Distribution.Unrestricted u -> List.of(org.chancery.archive.index.LuceneSearchIndex.DIST_SIPDIS);
        };
    }

    /**
     * What a principal may see in the index under a policy: the classes whose label they may read (decided once
     * per class and remembered for this visibility), the distribution keys that reach them (SIPDIS and their
     * memberships), and under the document policy only cables whose governing banner they may read.
     */
    public static Visibility visibility(Principal principal, Policy policy) {
        ConcurrentHashMap<LabelClass, Boolean> decided = new ConcurrentHashMap<>();
        Predicate<LabelClass> readable = c -> decided.computeIfAbsent(c, k -> {
            Label l = labelOf(k);
            return l != null && AccessDecider.decide(principal, l).allowed();
        });
        Set<String> keys = new HashSet<>();
        keys.add(org.chancery.archive.index.LuceneSearchIndex.DIST_SIPDIS);
        for (String m : principal.memberships()) {
            String key = Distribution.key(m);
            if (key != null) keys.add(key.toUpperCase(Locale.ROOT));
        }
        return new Visibility(readable, keys, policy == Policy.DOCUMENT);
    }
}
