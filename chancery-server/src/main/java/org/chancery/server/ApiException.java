package org.chancery.server;

/**
 * A request that cannot be answered, with what the client needs to know: the HTTP status, a stable problem type
 * (the last part of {@code /problems/TYPE}), a short title and a detail saying what is wrong. Thrown by handlers
 * and turned into an RFC 9457 problem document by {@link Problems}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;

    public ApiException(int status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(400, "bad-request", "Bad request", detail);
    }

    /** A parameter is missing or malformed; {@code name} says which. */
    public static ApiException badParameter(String name, String detail) {
        return new ApiException(400, "bad-parameter", "Bad parameter", name + ": " + detail);
    }

    /**
     * Nothing there for this principal. Every "not found" of a cable, whether missing or withheld, is made with
     * this one factory from the id alone, so that both answer with the same body.
     */
    public static ApiException cableNotFound(String id) {
        return new ApiException(404, "not-found", "Not found", "no cable " + id);
    }

    /** A cable the caller knows exists but may not read whole: its original text would show what is withheld. */
    public static ApiException partlyWithheld(String id) {
        return new ApiException(403, "partly-withheld", "Partly withheld", "cable " + id + " holds portions "
                + "withheld from you: its original text cannot be shown; the canonical text and the JSON are redacted");
    }

    public static ApiException notFound(String detail) {
        return new ApiException(404, "not-found", "Not found", detail);
    }

    public static ApiException unauthenticated(String detail) {
        return new ApiException(401, "unauthenticated", "Authentication required", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", "Forbidden", detail);
    }

    public static ApiException conflict(String detail) {
        return new ApiException(409, "conflict", "Conflict", detail);
    }

    public static ApiException unavailable(String detail) {
        return new ApiException(503, "unavailable", "Service unavailable", detail);
    }
}
