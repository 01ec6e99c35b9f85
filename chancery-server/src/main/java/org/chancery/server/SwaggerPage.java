package org.chancery.server;

/** The Swagger UI page at {@code /api/docs}, served from the swagger-ui webjar over our OpenAPI document. */
final class SwaggerPage {

    private static final String UI = "/webjars/swagger-ui/5.32.6";

    static final String HTML = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Chancery API</title>
            <link rel="stylesheet" href="%1$s/swagger-ui.css"></head>
            <body><div id="ui"></div>
            <script src="%1$s/swagger-ui-bundle.js"></script>
            <script>SwaggerUIBundle({url: "/api/v1/openapi.json", dom_id: "#ui"});</script>
            </body></html>
            """.formatted(UI);

    private SwaggerPage() {
    }
}
