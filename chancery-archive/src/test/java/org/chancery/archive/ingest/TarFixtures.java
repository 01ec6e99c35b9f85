package org.chancery.archive.ingest;

import java.io.IOException;

/** Tar archives for tests outside this package. */
public final class TarFixtures {

    private TarFixtures() {
    }

    /** A .tar.gz holding one file (a name over 100 characters is written as a pax record). */
    public static byte[] tarGz(String name, byte[] content) throws IOException {
        return new TarBuilder(TarBuilder.LongNames.PAX).folder("some/").file(name, content).tarGz();
    }
}
