package org.chancery.archive.users;

import org.chancery.security.Control;
import org.chancery.security.Distribution;
import org.chancery.security.Role;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One thing a principal may hold besides a clearance: a place on an access list, a nationality, a membership of
 * a post or office, or a role. Values are normalised as the decision reads them.
 */
public record Grant(Kind kind, String value) {

    public enum Kind {
        /** The named list of a control other than NOFORN (NODIS, EXDIS, LIMDIS, STADIS, SPECAT, ORCON, PROPIN). */
        ACCESS_LIST("access list"),
        /** A country code (USA, GBR, NATO): NOFORN is held by USA, REL TO by any nationality it names. */
        NATIONALITY("nationality"),
        /** A post or office key (PRAGUE, STATE, EUR/CE): non-SIPDIS cables reach their recipients. */
        MEMBERSHIP("membership"),
        /** What the principal may do (reader, drafter, …, administrator); never widens reading. */
        ROLE("role");

        private final String word;

        Kind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /**
     * A grant of {@code kind} with {@code value} normalised.
     *
     * @throws UserException when the value is not one of its kind
     */
    public static Grant of(Kind kind, String value) {
        String v = value == null ? "" : value.strip();
        String upper = v.toUpperCase(Locale.ROOT);
        return switch (kind) {
            case ACCESS_LIST -> {
                Control c = Control.ofWord(upper);
                if (c == null || c == Control.NOFORN) {
                    throw new UserException("unknown access list '" + v + "' (one of " + lists()
                            + "; NOFORN is held by US nationality)");
                }
                yield new Grant(kind, c.name());
            }
            case NATIONALITY -> {
                if (!upper.matches("[A-Z]{3,4}")) {
                    throw new UserException("a nationality is a country code of three or four letters (USA, GBR, "
                            + "NATO), not '" + v + "'");
                }
                yield new Grant(kind, upper);
            }
            case MEMBERSHIP -> {
                String key = Distribution.key(v);
                if (key == null) throw new UserException("a membership is a post or office (PRAGUE, EUR/CE), not '" + v + "'");
                yield new Grant(kind, key);
            }
            case ROLE -> {
                try {
                    yield new Grant(kind, Role.valueOf(upper.replace('-', '_').replace(' ', '_')).name());
                } catch (IllegalArgumentException e) {
                    throw new UserException("unknown role '" + v + "' (one of " + Arrays.stream(Role.values())
                            .map(r -> r.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                            .collect(Collectors.joining(", ")) + ")");
                }
            }
        };
    }

    private static String lists() {
        return Arrays.stream(Control.values()).filter(c -> c != Control.NOFORN).map(Control::name)
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return kind.word() + " " + (kind == Kind.ROLE ? value.toLowerCase(Locale.ROOT).replace('_', '-') : value);
    }
}
