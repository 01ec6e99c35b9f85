package org.chancery.security;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.chancery.cable.model.Level;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Random principals and labels over small vocabularies, so that matches and misses are both common. */
final class SecurityArbitraries {

    private SecurityArbitraries() {
    }

    static final List<String> COUNTRIES = List.of("USA", "GBR", "AUS", "CAN", "FRA", "NATO");
    static final List<String> PLACES = List.of("PRAGUE", "STATE", "ROME", "VALLETTA", "EUR/CE", "EUR/WE");
    static final List<String> LISTS = List.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "SPECAT", "ORCON", "PROPIN",
            "UNRELATED");

    static Arbitrary<Level> levels() {
        return Arbitraries.of(Level.class);
    }

    static Arbitrary<Principal> principals() {
        return Combinators.combine(levels(), Arbitraries.of(LISTS).set().ofMaxSize(4),
                Arbitraries.of(COUNTRIES).set().ofMaxSize(3), Arbitraries.of(PLACES).set().ofMaxSize(3),
                Arbitraries.of(Role.class).set().ofMaxSize(2))
                .as((level, lists, nationalities, places, roles) -> new Principal("p", level, lists, nationalities,
                        places, roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles)));
    }

    static Arbitrary<Distribution> distributions() {
        return Arbitraries.oneOf(Arbitraries.just(Distribution.UNRESTRICTED), Arbitraries.just(Distribution.SIPDIS),
                Arbitraries.of(PLACES).set().ofMaxSize(3).map(s -> new Distribution.Limited(new ArrayList<>(s))));
    }

    static Arbitrary<List<String>> relTo() {
        return Arbitraries.oneOf(Arbitraries.just(List.of()), Arbitraries.of(COUNTRIES).set().ofMaxSize(3)
                .map(s -> {
                    List<String> out = new ArrayList<>(s);
                    if (!out.contains("USA")) out.add("USA");
                    return out;
                }));
    }

    static Arbitrary<Label> labels() {
        return Combinators.combine(levels(), Arbitraries.of(Control.class).set().ofMaxSize(3), relTo(),
                distributions()).as(Label::of);
    }

    /** A label {@code l} dominates: lower level, fewer controls, more countries, wider distribution. */
    static Arbitrary<Label> weakened(Label l) {
        Arbitrary<Level> level = Arbitraries.of(Level.class).filter(x -> l.level().dominates(x));
        Arbitrary<Set<Control>> controls = Arbitraries.of(Control.class).set()
                .map(s -> {
                    EnumSet<Control> out = EnumSet.noneOf(Control.class);
                    for (Control c : s) if (l.has(c)) out.add(c);
                    return (Set<Control>) out;
                });
        Arbitrary<List<String>> relTo = Arbitraries.of(COUNTRIES).set().ofMaxSize(3).injectNull(0.3).map(extra -> {
            if (extra == null || l.relTo().isEmpty()) return List.<String>of();
            List<String> out = new ArrayList<>(l.relTo());
            out.addAll(extra);
            return out;
        });
        Arbitrary<Distribution> dist = Arbitraries.of(PLACES).set().ofMaxSize(2).injectNull(0.3).map(extra -> {
            if (extra == null || !(l.distribution() instanceof Distribution.Limited lim)) return Distribution.SIPDIS;
            List<String> out = new ArrayList<>(lim.to());
            out.addAll(extra);
            return new Distribution.Limited(out);
        });
        return Combinators.combine(level, controls, relTo, dist).as(Label::of);
    }
}
