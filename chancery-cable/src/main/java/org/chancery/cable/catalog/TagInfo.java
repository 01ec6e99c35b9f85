package org.chancery.cable.catalog;

import org.chancery.cable.model.TagKind;

/** A catalogued tag: its code (PREL), kind and meaning ("external political relations"). */
public record TagInfo(String code, TagKind kind, String meaning) {
}
