package org.chancery.server.web;

import org.chancery.server.ServerContext;
import org.chancery.switching.SwitchSystem;

/** What the page handlers share: the server's context, the templates and saved searches. */
record WebContext(ServerContext server, Templates templates, SavedSearches savedSearches) {

    /** The server's switch: drafting workflow, inboxes, queues (the API's, the command line's). */
    SwitchSystem switching() {
        return server.switching();
    }
}
