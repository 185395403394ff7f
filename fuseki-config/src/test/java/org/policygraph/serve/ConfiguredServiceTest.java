package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A configuration that would let anyone write is refused when the server opens, before reports are loaded. */
class ConfiguredServiceTest {
    @TempDir
    Path temp;

    @Test
    void anUpdateEndpointWithoutAllowedUsersIsRefused() throws IOException {
        Path open = ServedCorpus.editedConfig(temp, "fuseki:name \"update\" ; fuseki:allowedUsers \"admin\"", "fuseki:name \"update\"");
        ServerSettings settings = ServerSettings.of(0, temp.resolve("data"), ServedCorpus.ADMIN);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolicyGraphServer.open(settings.withConfigFile(open)));
        assertTrue(e.getMessage().contains("update") && e.getMessage().contains("fuseki:allowedUsers"), e.getMessage());
        // refused before anything was loaded, and the data folder is free again
        PolicyGraphServer.open(settings).close();
    }
}
