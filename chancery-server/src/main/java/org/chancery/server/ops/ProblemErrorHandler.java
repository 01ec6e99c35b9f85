package org.chancery.server.ops;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chancery.server.Problems;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Jetty's own error answers (a request it refuses before Javalin sees it: a malformed or ambiguous URI, bad
 * UTF-8 in the path, headers too large, an unknown method) as problem documents, so that those too have the
 * shape every other error has.
 */
public final class ProblemErrorHandler extends ErrorHandler {

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problems.CONTENT_TYPE));
        return ByteBuffer.wrap(Problems.body(status, "bad-message", title(status), detail(status, reason), null));
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        int status = response.getStatus();
        Object message = request.getAttribute("jakarta.servlet.error.message");
        baseRequest.setHandled(true);
        response.setContentType(Problems.CONTENT_TYPE);
        byte[] body = Problems.body(status, status >= 500 ? "internal" : "bad-request", title(status),
                detail(status, message == null ? null : message.toString()), null);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String title(int status) {
        String m = HttpStatus.getMessage(status);
        return m == null ? "Error" : m;
    }

    private static String detail(int status, String reason) {
        if (reason == null || reason.isBlank()) return "the request was refused (" + status + ")";
        return reason.length() > 200 ? reason.substring(0, 200) : reason;
    }
}
