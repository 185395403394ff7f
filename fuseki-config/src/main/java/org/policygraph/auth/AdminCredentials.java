package org.policygraph.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one user allowed to write to the server, {@value #USER}, with its password and where the
 * password came from. Never prints the password: {@link #toString} names the source only.
 */
public final class AdminCredentials {
    public static final String USER = "admin";
    /** The environment variable that holds the password, for the server and for {@code load --endpoint}. */
    public static final String PASSWORD_VARIABLE = "POLICYGRAPH_PASSWORD";

    private final String password;
    private final String source;
    private final boolean madeNow;

    private AdminCredentials(String password, String source, boolean madeNow) {
        if (Objects.requireNonNull(password, "password").isBlank()) throw new IllegalArgumentException("empty password");
        this.password = password;
        this.source = source;
        this.madeNow = madeNow;
    }

    /** A password given in code, as tests give it. */
    public static AdminCredentials of(String password) {
        return new AdminCredentials(password, "given", false);
    }

    /** The password of {@value #PASSWORD_VARIABLE}, when it is set and not blank. */
    public static Optional<AdminCredentials> fromEnvironment(Map<String, String> environment) {
        String value = environment.get(PASSWORD_VARIABLE);
        if (value == null || value.isBlank()) return Optional.empty();
        return Optional.of(new AdminCredentials(value, "the environment variable " + PASSWORD_VARIABLE, false));
    }

    /** The server's credentials: from the environment if set there, else from the password file (made on first use). */
    public static AdminCredentials forServer(Map<String, String> environment, PasswordFile file) {
        return fromEnvironment(environment).orElseGet(() -> {
            PasswordFile.Read read = file.readOrCreate();
            return new AdminCredentials(read.password(), (read.created() ? "a new password file, " : "the password file ") + file.path(), read.created());
        });
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** Where the password came from, for messages: an environment variable or a file path. */
    public String source() {
        return source;
    }

    /** Whether the password was made just now (a new password file), so the user should be told where it is. */
    public boolean madeNow() {
        return madeNow;
    }

    /** The value of an HTTP {@code Authorization} header for Basic authentication. */
    public String basicAuthorization() {
        return "Basic " + Base64.getEncoder().encodeToString((USER + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "AdminCredentials[" + USER + ", password from " + source + "]";
    }
}
