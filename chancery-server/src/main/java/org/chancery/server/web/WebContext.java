package org.chancery.server.web;

import org.chancery.server.ServerContext;

/** What the page handlers share: the server's context, the templates, saved searches and the desk (the switch). */
record WebContext(ServerContext server, Templates templates, SavedSearches savedSearches, Desk desk) {
}
