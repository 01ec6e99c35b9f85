package org.chancery.archive.store;

/**
 * Where a version came from: the file given to ingest and, when that file was a {@code .zip} or {@code .tar.gz}
 * archive, the entry inside it (null otherwise).
 */
public record Provenance(String path, String entry) {

    public static Provenance file(String path) {
        return new Provenance(path, null);
    }

    /** {@code path} or {@code path!entry}, the usual way to name an archive member. */
    @Override
    public String toString() {
        return entry == null ? path : path + "!" + entry;
    }
}
