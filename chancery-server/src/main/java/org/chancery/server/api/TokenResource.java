package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Accounts;
import org.chancery.server.auth.Auth;
import org.chancery.server.auth.Authenticator;

import static org.chancery.server.ChanceryServer.API;

/** {@code /tokens}: a user's API tokens for scripts (the secret is shown once; only its hash is kept). */
public final class TokenResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Accounts accounts;
    private final Authenticator auth;

    public TokenResource(ServerContext c) {
        this.accounts = c.accounts();
        this.auth = c.auth();
    }

    @Override
    public void routes(RouteTable t) {
        t.add(HandlerType.GET, API + "/tokens", "tokens", "Your API tokens (never their secrets)", Access.USER, this::list);
        t.add(HandlerType.POST, API + "/tokens", "tokens", "Create an API token: the secret is in this answer "
                + "only; send it as 'Authorization: Bearer SECRET'", Access.USER, this::create)
                .field("name", "string", true, "what the token is for");
        t.add(HandlerType.DELETE, API + "/tokens/{token}", "tokens", "Delete one of your API tokens", Access.USER, this::delete)
                .path("token", "token id");
    }

    private void list(Context ctx) {
        ArrayNode out = JSON.createArrayNode();
        for (Accounts.TokenInfo t : accounts.tokens(Auth.principal(ctx).id())) out.add(json(t));
        ctx.json(JSON.createObjectNode().set("tokens", out));
    }

    private void create(Context ctx) {
        String name = Params.text(Params.body(ctx), "name", true);
        if (name.length() > 100) throw ApiException.badParameter("name", "at most 100 characters");
        Authenticator.CreatedToken created = auth.createToken(Auth.principal(ctx).id(), name);
        ObjectNode n = json(created.info());
        n.put("secret", created.secret());
        ctx.status(201).json(n);
    }

    private void delete(Context ctx) {
        if (!accounts.deleteToken(Auth.principal(ctx).id(), Params.path(ctx, "token"))) {
            throw ApiException.notFound("no token " + ctx.pathParam("token"));
        }
        ctx.status(204);
    }

    private static ObjectNode json(Accounts.TokenInfo t) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", t.id());
        n.put("name", t.name());
        n.put("created", t.created().toString());
        return n;
    }
}
