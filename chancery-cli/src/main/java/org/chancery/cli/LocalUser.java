package org.chancery.cli;

/**
 * Who the CLI acts as until principals are wired in ({@code --as USER}): the local administrator of an embedded
 * store, the name the audit log records.
 */
final class LocalUser {

    static final String ID = "local-admin";

    private LocalUser() {
    }
}
