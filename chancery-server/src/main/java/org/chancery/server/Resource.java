package org.chancery.server;

/** An API resource: one class per resource, adding its routes to the table. */
public interface Resource {

    void routes(RouteTable routes);
}
