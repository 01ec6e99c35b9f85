package org.chancery.archive.store;

import org.chancery.cable.CableFacts;
import org.chancery.cable.Diagnostic;
import org.chancery.cable.ParsedCable;
import org.chancery.cable.SourceFormat;
import org.chancery.cable.model.Reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;

/**
 * A version offered to the store: the source exactly as read, the SHA-256 of the cable text (which decides
 * whether the store already has it), the listing fields, diagnostics and references of the parse, and where it
 * came from.
 */
public record NewVersion(
        String id,
        SourceFormat format,
        String name,
        byte[] source,
        byte[] textSha256,
        Listing listing,
        List<Diagnostic> diagnostics,
        List<Reference> references,
        Provenance provenance) {

    public NewVersion {
        diagnostics = List.copyOf(diagnostics);
        references = List.copyOf(references);
    }

    /**
     * The version of a parsed cable. The identity is the hash of the cable <em>text</em>, not of the file: a
     * Cablegate HTML page and the plain-text file of the same cable carry the same text and are the same version.
     */
    public static NewVersion of(String id, ParsedCable parsed, CableFacts facts, byte[] source,
                                Provenance provenance) {
        List<Reference> references = parsed.cable() == null || parsed.cable().telegram() == null
                ? List.of() : parsed.cable().telegram().references();
        return new NewVersion(id, parsed.format(), parsed.name(), source, sha256(parsed.text()),
                Listing.of(parsed, facts), parsed.diagnostics(), references, provenance);
    }

    public static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}
