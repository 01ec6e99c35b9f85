package org.chancery.server.api;

import org.chancery.server.Resource;
import org.chancery.server.ServerContext;

import java.util.List;

/** Every API resource, in the order the OpenAPI document lists them. */
public final class ApiResources {

    private ApiResources() {
    }

    public static List<Resource> all(ServerContext c) {
        return List.of(
                new SessionResource(c),
                new SearchResource(c),
                new CableResource(c),
                new TokenResource(c),
                new UserResource(c),
                new DraftResource(c),
                new InboxResource(c),
                new DeclassificationResource(c),
                new AuditResource(c));
    }
}
