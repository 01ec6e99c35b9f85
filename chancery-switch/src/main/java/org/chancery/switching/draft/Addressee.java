package org.chancery.switching.draft;

/**
 * A TO or INFO addressee of a draft: a station or collective by RI or plain language address, and its precedence
 * word (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE; null: the draft's precedence).
 */
public record Addressee(String address, String precedence) {

    public static Addressee of(String address) {
        return new Addressee(address, null);
    }
}
