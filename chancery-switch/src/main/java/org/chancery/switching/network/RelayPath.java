package org.chancery.switching.network;

/**
 * Traffic for every station whose RI begins with {@code prefix} goes through the relay {@code via}
 * ({@code RUEH*} via {@code RUEH}, the State Department relay). The longest matching prefix wins.
 */
public record RelayPath(String prefix, String via) {

    public boolean serves(String ri) {
        return ri.startsWith(prefix);
    }
}
