package org.chancery.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import org.chancery.cable.model.Level;
import org.chancery.security.Principal;
import org.chancery.security.Role;
import org.chancery.server.Access;
import org.chancery.server.ApiException;
import org.chancery.server.Params;
import org.chancery.server.Resource;
import org.chancery.server.RouteTable;
import org.chancery.server.ServerContext;
import org.chancery.server.auth.Account;
import org.chancery.server.auth.Accounts;
import org.chancery.archive.users.Grant;
import org.chancery.archive.users.UserException;
import org.chancery.archive.users.UserStore;
import java.util.ArrayList;
import org.chancery.server.auth.Auth;
import org.chancery.server.auth.Authenticator;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.chancery.server.ChanceryServer.API;

/** {@code /users}: list, create, grant and revoke (administrators only). */
public final class UserResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private final Accounts accounts;
    private final UserStore users;
    private final Authenticator auth;

    public UserResource(ServerContext c) {
        this.accounts = c.accounts();
        this.users = c.accounts().users();
        this.auth = c.auth();
    }

    @Override
    public void routes(RouteTable t) {
        Access admin = Access.role(Role.ADMINISTRATOR);
        t.add(HandlerType.GET, API + "/users", "users", "Every user", admin, this::list);
        t.add(HandlerType.GET, API + "/users/{user}", "users", "A user", admin, this::show)
                .path("user", "user id");
        t.add(HandlerType.POST, API + "/users", "users", "Create a user", admin, this::create)
                .field("id", "string", true, "user id: lower case letters, digits, . _ -")
                .field("password", "string", false, "initial password (at least 12 characters)")
                .field("clearance", "string", true, "UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET or TOP_SECRET")
                .field("accessLists", "array", false, "access lists (NODIS, EXDIS…)")
                .field("nationalities", "array", false, "country codes (USA…)")
                .field("memberships", "array", false, "posts and offices (PRAGUE, STATE, EUR/CE)")
                .field("roles", "array", false, "READER, DRAFTER, CLEARER, RELEASING_OFFICER, "
                        + "DECLASSIFICATION_REVIEWER, AUDITOR, ADMINISTRATOR");
        t.add(HandlerType.POST, API + "/users/{user}/grants", "users", "Grant a clearance, access lists, "
                        + "nationalities, memberships or roles", admin, this::grant)
                .path("user", "user id")
                .field("clearance", "string", false, "new clearance")
                .field("accessLists", "array", false, "access lists to add")
                .field("nationalities", "array", false, "nationalities to add")
                .field("memberships", "array", false, "memberships to add")
                .field("roles", "array", false, "roles to add");
        t.add(HandlerType.POST, API + "/users/{user}/revocations", "users", "Revoke access lists, "
                        + "nationalities, memberships or roles", admin, this::revoke)
                .path("user", "user id")
                .field("accessLists", "array", false, "access lists to remove")
                .field("nationalities", "array", false, "nationalities to remove")
                .field("memberships", "array", false, "memberships to remove")
                .field("roles", "array", false, "roles to remove");
    }

    private void list(Context ctx) {
        ArrayNode out = JSON.createArrayNode();
        for (Account a : accounts.list()) out.add(accountJson(a));
        ctx.json(JSON.createObjectNode().set("users", out));
    }

    private void show(Context ctx) {
        ctx.json(accountJson(find(Params.path(ctx, "user"))));
    }

    private Account find(String id) {
        return accounts.find(id).orElseThrow(() -> ApiException.notFound("no user " + id));
    }

    private void create(Context ctx) {
        String actor = Auth.principal(ctx).id();
        ObjectNode b = Params.body(ctx);
        String id = Params.text(b, "id", true);
        if (!USER_ID.matcher(id).matches()) throw ApiException.badParameter("id", "lower case letters, digits, . _ - (at most 64)");
        if (accounts.find(id).isPresent()) throw ApiException.conflict("user " + id + " exists");
        String password = Params.text(b, "password", false);
        if (password != null && password.length() < 12) throw ApiException.badParameter("password", "at least 12 characters");
        Level clearance = level(Params.text(b, "clearance", true));
        List<Grant> grants = grants(b);
        // as on the command line: a new user without a nationality is a US national, without a role a reader
        if (grants.stream().noneMatch(g -> g.kind() == Grant.Kind.NATIONALITY)) grants.add(Grant.of(Grant.Kind.NATIONALITY, "USA"));
        if (grants.stream().noneMatch(g -> g.kind() == Grant.Kind.ROLE)) grants.add(Grant.of(Grant.Kind.ROLE, "READER"));
        users.add(actor, id, null, clearance, grants);
        if (password != null) accounts.setPasswordHash(actor, id, auth.hasher().hash(password));
        ctx.status(201).json(accountJson(find(id)));
    }

    /** Grants what is not held yet (each grant is recorded in the audit log); what is held is left alone. */
    private void grant(Context ctx) {
        String actor = Auth.principal(ctx).id();
        Account a = find(Params.path(ctx, "user"));
        ObjectNode b = Params.body(ctx);
        String clearance = Params.text(b, "clearance", false);
        Level level = clearance == null ? null : level(clearance);
        List<Grant> grants = grants(b);
        if (level != null && level != a.principal().clearance()) users.setClearance(actor, a.id(), level);
        for (Grant g : grants) {
            if (!UserStore.holds(users.require(a.id()).principal(), g)) users.grant(actor, a.id(), g);
        }
        ctx.json(accountJson(find(a.id())));
    }

    /** Revokes what is held (each revocation is recorded in the audit log) and ends the user's sessions. */
    private void revoke(Context ctx) {
        String actor = Auth.principal(ctx).id();
        Account a = find(Params.path(ctx, "user"));
        List<Grant> grants = grants(Params.body(ctx));
        for (Grant g : grants) {
            if (UserStore.holds(users.require(a.id()).principal(), g)) users.revoke(actor, a.id(), g);
        }
        auth.sessions().endAll(a.id());
        ctx.json(accountJson(find(a.id())));
    }

    /** The grants of a body, checked and normalised by the store ({@link Grant#of}); a bad value is a 400. */
    private static List<Grant> grants(ObjectNode b) {
        List<Grant> out = new ArrayList<>();
        grants(b, "accessLists", Grant.Kind.ACCESS_LIST, out);
        grants(b, "nationalities", Grant.Kind.NATIONALITY, out);
        grants(b, "memberships", Grant.Kind.MEMBERSHIP, out);
        grants(b, "roles", Grant.Kind.ROLE, out);
        return out;
    }

    private static void grants(ObjectNode b, String field, Grant.Kind kind, List<Grant> out) {
        for (String w : Params.strings(b, field)) {
            try {
                Grant g = Grant.of(kind, w);
                if (!out.contains(g)) out.add(g);
            } catch (UserException e) {
                throw ApiException.badParameter(field, e.getMessage());
            }
        }
    }

    static Level level(String text) {
        try {
            return Level.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("clearance", "one of UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP_SECRET, not "
                    + org.chancery.server.Problems.quote(text));
        }
    }

    static ObjectNode accountJson(Account a) {
        ObjectNode n = principalJson(a.principal());
        n.put("hasPassword", a.passwordHash() != null);
        return n;
    }

    static ObjectNode principalJson(Principal p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", p.id());
        n.put("clearance", p.clearance().name());
        strings(n.putArray("accessLists"), p.accessLists());
        strings(n.putArray("nationalities"), p.nationalities());
        strings(n.putArray("memberships"), p.memberships());
        strings(n.putArray("roles"), p.roles().stream().map(Enum::name).toList());
        return n;
    }

    private static void strings(ArrayNode a, java.util.Collection<String> values) {
        List<String> sorted = values.stream().sorted().toList();
        sorted.forEach(a::add);
    }
}
