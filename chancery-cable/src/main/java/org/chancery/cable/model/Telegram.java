package org.chancery.cable.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The telegram text: classification line, captions, passing lines, E.O. line, TAGS, subject, references,
 * classification authority, body and signature. Any part may be null or empty: real cables lose parts.
 */
public record Telegram(
        ClassificationLine classification,
        List<String> captions,
        List<String> passing,
        EoLine eo,
        List<Tag> tags,
        Subject subject,
        List<Reference> references,
        ClassifiedBy classifiedBy,
        List<Block> body,
        List<String> signers) {

    public Telegram {
        captions = List.copyOf(captions);
        passing = List.copyOf(passing);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        body = List.copyOf(body);
        signers = List.copyOf(signers);
    }

    public List<Block.Paragraph> paragraphs() {
        List<Block.Paragraph> out = new ArrayList<>();
        for (Block b : body) {
            if (b instanceof Block.Paragraph p) out.add(p);
        }
        return out;
    }
}
