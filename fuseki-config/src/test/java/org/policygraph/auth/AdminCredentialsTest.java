package org.policygraph.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminCredentialsTest {
    @TempDir
    Path home;

    @Test
    void theEnvironmentVariableWinsAndNoFileIsMade() {
        PasswordFile file = PasswordFile.inConfigHome(Map.of("HOME", home.toString()));
        AdminCredentials c = AdminCredentials.forServer(Map.of("POLICYGRAPH_PASSWORD", "from-env", "HOME", home.toString()), file);
        assertEquals("from-env", c.password());
        assertTrue(c.source().contains("POLICYGRAPH_PASSWORD"), c.source());
        assertFalse(Files.exists(file.path()));
    }

    @Test
    void withoutItAPasswordFileIsMadeOnceReadableByItsOwnerOnly() throws IOException {
        Map<String, String> env = Map.of("HOME", home.toString(), "POLICYGRAPH_PASSWORD", "  ");
        PasswordFile file = PasswordFile.inConfigHome(env);
        assertEquals(home.resolve(".config/policygraph/password").toAbsolutePath(), file.path());

        AdminCredentials first = AdminCredentials.forServer(env, file);
        assertTrue(first.madeNow());
        assertTrue(first.source().contains(file.path().toString()), first.source());
        assertTrue(first.password().length() >= 20, "a strong random password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path())));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.path().getParent())));

        AdminCredentials second = AdminCredentials.forServer(env, file);
        assertFalse(second.madeNow());
        assertEquals(first.password(), second.password(), "the file is read, not made again");
        assertNotEquals(first.password(), AdminCredentials.forServer(env, new PasswordFile(home.resolve("other"))).password());
    }

    @Test
    void xdgConfigHomeIsWhereTheFileGoesWhenSet() {
        Path xdg = home.resolve("xdg");
        assertEquals(xdg.resolve("policygraph/password").toAbsolutePath(),
                PasswordFile.inConfigHome(Map.of("XDG_CONFIG_HOME", xdg.toString(), "HOME", home.toString())).path());
    }

    @Test
    void aPasswordWrittenByHandIsReadTrimmed() throws IOException {
        Path path = home.resolve("password");
        Files.writeString(path, "chosen-by-hand\n", StandardCharsets.UTF_8);
        assertEquals("chosen-by-hand", AdminCredentials.forServer(Map.of(), new PasswordFile(path)).password());
    }

    @Test
    void thePasswordIsNeverPrintedAndGoesOutAsBasicAuthentication() {
        AdminCredentials c = AdminCredentials.fromEnvironment(Map.of("POLICYGRAPH_PASSWORD", "s3cret")).orElseThrow();
        assertFalse(c.toString().contains("s3cret"), c.toString());
        assertEquals("Basic " + Base64.getEncoder().encodeToString("admin:s3cret".getBytes(StandardCharsets.UTF_8)), c.basicAuthorization());
        assertEquals(Optional.empty(), AdminCredentials.fromEnvironment(Map.of()));
    }
}
