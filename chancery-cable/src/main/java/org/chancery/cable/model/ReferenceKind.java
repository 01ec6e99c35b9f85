package org.chancery.cable.model;

public enum ReferenceKind {
    CABLE, EMAIL, TELCON, MEMO, OSC, OTHER
}
