package org.chancery.cable.read;

/** Extracts the cable text from a Cablegate HTML page: its {@code <pre>} blocks, entities decoded. */
public final class HtmlExtractor {

    private HtmlExtractor() {
    }

    public static String extract(String html) {
        throw new UnsupportedOperationException("not written yet");
    }
}
