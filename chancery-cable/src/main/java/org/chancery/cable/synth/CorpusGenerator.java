package org.chancery.cable.synth;

import org.chancery.cable.model.Cable;
import org.chancery.cable.model.ClassificationLine;
import org.chancery.cable.model.Dtg;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A deterministic generator of realistic synthetic cables: the load for scale tests and the demo data of the
 * server. The same seed (and count, start year and span) gives the same corpus, cable for cable; cables are made
 * one at a time, so a corpus of any size streams in constant memory. Write them with
 * {@link org.chancery.cable.write.CanonicalWriter#write}. What it generates, and in which proportions, is
 * described in {@code docs/generate.md}.
 */
public final class CorpusGenerator {

    /** The first year of a corpus unless told otherwise. */
    public static final int DEFAULT_START_YEAR = 2001;
    /** How many years a corpus spans unless told otherwise (2001–2010 crosses the E.O. 12958/13526 change). */
    public static final int DEFAULT_YEARS = 10;

    private CorpusGenerator() {
    }

    /** {@code count} cables from {@code startYear}, spread over {@value #DEFAULT_YEARS} years. */
    public static Stream<Cable> generate(long count, long seed, int startYear) {
        return generate(count, seed, startYear, DEFAULT_YEARS);
    }

    /** {@code count} cables whose DTGs advance from 1 January {@code startYear} across {@code years} years. */
    public static Stream<Cable> generate(long count, long seed, int startYear, int years) {
        return StreamSupport.stream(Spliterators.spliterator(iterator(count, seed, startYear, years), count,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE), false);
    }

    /** The same corpus as an iterator. */
    public static Iterator<Cable> iterator(long count, long seed, int startYear, int years) {
        if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
        if (years < 1) throw new IllegalArgumentException("years must be at least 1: " + years);
        if (startYear < 1970 || startYear + years > 9999) {
            throw new IllegalArgumentException("start year out of range: " + startYear);
        }
        CableFactory factory = new CableFactory(seed, startYear, years, count);
        return new Iterator<>() {
            private long made;

            @Override
            public boolean hasNext() {
                return made < count;
            }

            @Override
            public Cable next() {
                if (made >= count) throw new NoSuchElementException();
                made++;
                return factory.next();
            }
        };
    }

    /**
     * The canonical id of a generated cable: two-digit year of the DTG, the post's id prefix, the MRN without
     * leading zeros ({@code 09PRAGUE589}).
     */
    public static String idOf(Cable cable) {
        Dtg dtg = cable.envelope().format().dtg();
        ClassificationLine line = cable.telegram().classification();
        String prefix = org.chancery.cable.catalog.Posts.builtIn().idPrefix(line.post());
        int yy = dtg.year() % 100;
        return (yy < 10 ? "0" : "") + yy + prefix + Integer.parseInt(line.mrn());
    }
}
