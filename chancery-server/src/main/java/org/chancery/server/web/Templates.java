package org.chancery.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * The precompiled jte templates of {@code src/main/jte} (generated into Java sources at build time, so a template
 * that does not type-check fails the build). Each template takes one parameter: its page record.
 */
final class Templates {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    void render(Context ctx, int status, String template, Object page) {
        ctx.status(status);
        render(ctx, template, page);
    }
}
