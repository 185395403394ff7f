package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A server that refuses an unauthenticated write may hang up while the graph is still being sent,
 * so that no answer arrives: the store must still say that a password is wanted, not that the
 * server could not be reached. This server always hangs up on a PUT and answers 401 to the rest.
 */
class RefusedWriteTest {
    private ServerSocket socket;
    private final List<String> requestLines = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread server = new Thread(this::serve, "refusing-server");
        server.setDaemon(true);
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        socket.close();
    }

    @Test
    void aWriteCutOffWithoutAnAnswerIsReportedAsTheRefusalItWas() {
        RemoteReportStore anonymous = RemoteReportStore.of("http://localhost:" + socket.getLocalPort() + "/policygraph", Optional.empty());
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> anonymous.replace(TestCorpus.shortened(TestCorpus.reports().get(0))));
        assertEquals(401, e.status(), e.getMessage());
        assertTrue(e.getMessage().contains("POLICYGRAPH_PASSWORD"), e.getMessage());
        assertTrue(requestLines.get(0).startsWith("PUT "), requestLines.toString());
        assertTrue(requestLines.stream().anyMatch(line -> line.startsWith("DELETE ")), requestLines.toString());
    }

    @Test
    void aServerThatIsGoneIsStillReportedAsUnreachable() throws IOException {
        int port = socket.getLocalPort();
        socket.close();
        RemoteReportStore anonymous = RemoteReportStore.of("http://localhost:" + port + "/policygraph", Optional.empty());
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> anonymous.replace(TestCorpus.shortened(TestCorpus.reports().get(0))));
        assertEquals(0, e.status(), e.getMessage());
        assertTrue(e.getMessage().contains("could not be reached"), e.getMessage());
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
                String requestLine = in.readLine();
                if (requestLine == null) continue;
                requestLines.add(requestLine);
                for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
                    // headers read and ignored
                }
                if (requestLine.startsWith("PUT ")) continue; // hang up before reading the body
                OutputStream out = connection.getOutputStream();
                out.write(("HTTP/1.1 401 Unauthorized\r\nWWW-Authenticate: Basic realm=\"PolicyGraph\"\r\n"
                        + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException closed) {
                return;
            }
        }
    }
}
