package org.policygraph.load;

import org.apache.jena.atlas.web.HttpException;
import org.policygraph.auth.AdminCredentials;

/** A request to a remote store that failed, with the HTTP status (0 when the server could not be reached) and a message that says what to do. */
public final class RemoteStoreException extends RuntimeException {
    private final int status;

    RemoteStoreException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    static RemoteStoreException of(String what, HttpException e, boolean withCredentials) {
        int status = e.getStatusCode() < 0 ? 0 : e.getStatusCode();
        String reason = switch (status) {
            case 0 -> "the server could not be reached: " + rootMessage(e);
            case 401, 403 -> withCredentials
                    ? "the server refused the password (" + status + "); set " + AdminCredentials.PASSWORD_VARIABLE + " to the server's admin password"
                    : "the server asks for the admin password (" + status + "); set " + AdminCredentials.PASSWORD_VARIABLE;
            default -> "HTTP " + status + (e.getMessage() == null ? "" : ": " + e.getMessage().strip());
        };
        return new RemoteStoreException(what + ": " + reason, status, e);
    }

    /** The HTTP status code, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}
