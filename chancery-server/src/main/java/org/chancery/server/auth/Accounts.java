package org.chancery.server.auth;

import java.util.List;
import java.util.Optional;

/** Where accounts and API tokens are kept. */
public interface Accounts extends AutoCloseable {

    Optional<Account> find(String id);

    List<Account> list();

    /** Inserts or replaces the account with this id. */
    void save(Account account);

    /** A token as listed (never its secret). */
    record TokenInfo(String id, String userId, String name, java.time.Instant created) {
    }

    /** Records a token by the SHA-256 of its secret. */
    void saveToken(TokenInfo token, byte[] secretSha256);

    /** The token whose secret has this SHA-256. */
    Optional<TokenInfo> tokenBySecret(byte[] secretSha256);

    List<TokenInfo> tokens(String userId);

    /** Removes a token of this user; false when there is none. */
    boolean deleteToken(String userId, String tokenId);

    @Override
    void close();
}
