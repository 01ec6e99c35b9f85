package org.chancery.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.security.Principal;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Auth;
import org.chancery.server.auth.Authenticator;
import org.chancery.server.auth.Session;

import static org.chancery.server.ChanceryServer.API;

/** {@code /session}: log in (password → session cookie + CSRF token), who am I, log out. */
public final class SessionResource implements Resource {

    private final Authenticator auth;

    public SessionResource(ServerContext c) {
        this.auth = c.auth();
    }

    @Override
    public void routes(RouteTable t) {
        t.add(HandlerType.POST, API + "/session", "session", "Log in with a password: sets the session cookie "
                        + "and returns the CSRF token to send with every state-changing request", Access.PUBLIC, this::login)
                .field("user", "string", true, "user id")
                .field("password", "string", true, "password");
        t.add(HandlerType.GET, API + "/session", "session", "The logged-in user and the session's CSRF token",
                Access.USER, this::me);
        t.add(HandlerType.DELETE, API + "/session", "session", "Log out", Access.PUBLIC, this::logout);
    }

    private void login(Context ctx) {
        ObjectNode body = Params.body(ctx);
        String user = Params.text(body, "user", true);
        String password = Params.text(body, "password", true);
        Session s = auth.login(ctx, user, password);
        ctx.json(me(Auth.principal(ctx), s.csrfToken()));
    }

    private void me(Context ctx) {
        String csrf = Auth.session(ctx).map(Session::csrfToken).orElse(null);
        ctx.json(me(Auth.principal(ctx), csrf));
    }

    private void logout(Context ctx) {
        if (Auth.via(ctx) == Auth.Via.BEARER) throw ApiException.badRequest("an API token has no session to end; delete the token instead");
        auth.logout(ctx);
        ctx.status(204);
    }

    static ObjectNode me(Principal p, String csrf) {
        ObjectNode n = UserResource.principalJson(p);
        if (csrf != null) n.put("csrfToken", csrf);
        return n;
    }
}
