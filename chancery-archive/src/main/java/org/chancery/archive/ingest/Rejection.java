package org.chancery.archive.ingest;

/** An input that ingest did not store: the file (and archive entry), and why, in a few words. */
public record Rejection(String file, String entry, String reason) {

    @Override
    public String toString() {
        return (entry == null ? file : file + "!" + entry) + ": " + reason;
    }
}
