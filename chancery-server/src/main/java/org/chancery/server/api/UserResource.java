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
import org.chancery.server.auth.Authenticator;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.chancery.server.ChanceryServer.API;

/** {@code /users}: list, create, grant and revoke (administrators only). */
public final class UserResource implements Resource {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern USER_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern WORD = Pattern.compile("[A-Z0-9][A-Z0-9 /._&-]{0,63}");

    private final Accounts accounts;
    private final Authenticator auth;

    public UserResource(ServerContext c) {
        this.accounts = c.accounts();
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
        ObjectNode b = Params.body(ctx);
        String id = Params.text(b, "id", true);
        if (!USER_ID.matcher(id).matches()) throw ApiException.badParameter("id", "lower case letters, digits, . _ - (at most 64)");
        if (accounts.find(id).isPresent()) throw ApiException.conflict("user " + id + " exists");
        String password = Params.text(b, "password", false);
        if (password != null && password.length() < 12) throw ApiException.badParameter("password", "at least 12 characters");
        Principal p = new Principal(id, level(Params.text(b, "clearance", true)), words(b, "accessLists"),
                words(b, "nationalities"), words(b, "memberships"), roles(b, "roles"));
        Account a = new Account(p, password == null ? null : auth.hasher().hash(password), false);
        accounts.save(a);
        ctx.status(201).json(accountJson(a));
    }

    private void grant(Context ctx) {
        Account a = find(Params.path(ctx, "user"));
        ObjectNode b = Params.body(ctx);
        Principal p = a.principal();
        String clearance = Params.text(b, "clearance", false);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.roles());
        roles.addAll(roles(b, "roles"));
        Principal next = new Principal(p.id(), clearance == null ? p.clearance() : level(clearance),
                union(p.accessLists(), words(b, "accessLists")), union(p.nationalities(), words(b, "nationalities")),
                union(p.memberships(), words(b, "memberships")), roles);
        accounts.save(a.withPrincipal(next));
        ctx.json(accountJson(a.withPrincipal(next)));
    }

    private void revoke(Context ctx) {
        Account a = find(Params.path(ctx, "user"));
        ObjectNode b = Params.body(ctx);
        Principal p = a.principal();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(p.roles());
        roles.removeAll(roles(b, "roles"));
        Principal next = new Principal(p.id(), p.clearance(), minus(p.accessLists(), words(b, "accessLists")),
                minus(p.nationalities(), words(b, "nationalities")), minus(p.memberships(), words(b, "memberships")),
                roles);
        accounts.save(a.withPrincipal(next));
        auth.sessions().endAll(p.id());
        ctx.json(accountJson(a.withPrincipal(next)));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.addAll(b);
        return s;
    }

    private static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> s = new LinkedHashSet<>(a);
        s.removeAll(b);
        return s;
    }

    static Level level(String text) {
        try {
            return Level.valueOf(text.trim().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter("clearance", "one of UNCLASSIFIED, SBU, CONFIDENTIAL, SECRET, TOP_SECRET, not "
                    + org.chancery.server.Problems.quote(text));
        }
    }

    private static Set<String> words(ObjectNode b, String field) {
        Set<String> out = new LinkedHashSet<>();
        for (String w : Params.strings(b, field)) {
            String u = w.trim().toUpperCase(Locale.ROOT);
            if (!WORD.matcher(u).matches()) throw ApiException.badParameter(field, "not a valid entry: " + org.chancery.server.Problems.quote(w));
            out.add(u);
        }
        return out;
    }

    private static Set<Role> roles(ObjectNode b, String field) {
        Set<Role> out = EnumSet.noneOf(Role.class);
        for (String w : Params.strings(b, field)) {
            try {
                out.add(Role.valueOf(w.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(field, "no role " + org.chancery.server.Problems.quote(w));
            }
        }
        return out;
    }

    static ObjectNode accountJson(Account a) {
        ObjectNode n = principalJson(a.principal());
        n.put("hasPassword", a.passwordHash() != null);
        n.put("disabled", a.disabled());
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
