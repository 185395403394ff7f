package org.policygraph.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A "remote SPARQL endpoint" on loopback that accepts every connection and never answers: the slowest SERVICE there is. */
final class SilentEndpoint implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> held = new CopyOnWriteArrayList<>();
    private final Thread acceptor;

    SilentEndpoint() throws IOException {
        server = new ServerSocket(0, 200, InetAddress.getByName("127.0.0.1"));
        acceptor = new Thread(() -> {
            try {
                while (true) held.add(server.accept());
            } catch (IOException closed) {
                // closed by the test
            }
        }, "silent-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/sparql";
    }

    /** Connections accepted so far. */
    int connections() {
        return held.size();
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket s : held) s.close();
    }
}
