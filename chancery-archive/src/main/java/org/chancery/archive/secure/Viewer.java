package org.chancery.archive.secure;

import org.chancery.security.Principal;

/**
 * Who is asking the archive: the local administrator of an embedded store (the command line without
 * {@code --as}: the owner of the files, who could read them anyway, sees everything), or a principal, who sees
 * exactly what the security module allows them.
 */
public sealed interface Viewer {

    /** The id recorded in the audit log. */
    String id();

    Viewer LOCAL_ADMINISTRATOR = new LocalAdministrator();

    static Viewer as(Principal principal) {
        return new As(principal);
    }

    record LocalAdministrator() implements Viewer {
        @Override
        public String id() {
            return "local-admin";
        }
    }

    record As(Principal principal) implements Viewer {
        public As {
            if (principal == null) throw new IllegalArgumentException("no principal");
        }

        @Override
        public String id() {
            return principal.id();
        }
    }
}
