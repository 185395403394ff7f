package org.policygraph.serve.explorer;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.query.QueryParameterException;

/**
 * The explorer at {@code /explore/}: one page (the browser renders each view from the URL, so
 * every view's URL works when opened alone), its script and style, the browser libraries from
 * their WebJars under {@code lib/}, and under {@code query/NAME} the page's queries with their
 * parameters bound, which the page then sends to the server's own SPARQL endpoint. It reads
 * nothing from the dataset itself and answers GET only.
 */
public final class ExplorerServlet extends HttpServlet {
    private static final String WEB = "org/policygraph/explorer/web/";
    /** What the page may load: only this server (no web fonts, no CDN). */
    private static final String CONTENT_POLICY = "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png");

    /** The page's script and style under their version ({@code ?v=}): cached by the browser, so opening a page asks only for the page and its queries. */
    private static final String IMMUTABLE = "max-age=31536000, immutable";

    private final String page;
    private final String version;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final ExplorerQueries queries = new ExplorerQueries();

    /**
     * @param base       where the explorer is served, e.g. {@code /explore/}
     * @param sparqlPath the SPARQL query endpoint the page talks to, e.g. {@code /policygraph/sparql}
     * @param editorUrl  the Fuseki UI's query editor, for researchers taking a query further
     */
    public ExplorerServlet(String base, String sparqlPath, String editorUrl) {
        for (String f : List.of("app.js", "style.css")) files.put("assets/" + f, read(WEB + f).getBytes(StandardCharsets.UTF_8));
        this.version = versionOf(files.values());
        this.page = read(WEB + "index.html")
                .replace("{{base}}", html(base))
                .replace("{{sparql}}", html(sparqlPath))
                .replace("{{editor}}", html(editorUrl))
                .replace("{{version}}", version);
        for (WebJar lib : List.of(WebJar.CYTOSCAPE, WebJar.PAPAPARSE)) files.put("lib/" + lib.fileName(), bytes(lib.resource()));
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        if (path == null) {
            // /explore → /explore/, so the page's relative URLs resolve
            resp.sendRedirect(req.getRequestURI() + "/");
            return;
        }
        String rel = path.substring(1);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        if (files.containsKey(rel)) {
            String cache = rel.startsWith("lib/") ? "max-age=86400" : version.equals(req.getParameter("v")) ? IMMUTABLE : "no-cache";
            send(resp, 200, type(rel), files.get(rel), cache);
        } else if (rel.startsWith("query/")) {
            boundQuery(rel.substring("query/".length()), req, resp);
        } else if (rel.startsWith("assets/") || rel.startsWith("lib/")) {
            send(resp, 404, TYPES.get("html"), ("not found: " + html(path)).getBytes(StandardCharsets.UTF_8), "no-cache");
        } else {
            // every other path is a view of the page: search, an entity, a task, a report
            resp.setHeader("Content-Security-Policy", CONTENT_POLICY);
            send(resp, 200, TYPES.get("html"), page.getBytes(StandardCharsets.UTF_8), "no-cache");
        }
    }

    /** The query with its parameters bound, as text; 404 for a name the explorer does not have, 400 for bad values. */
    private void boundQuery(String name, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (queries.find(name).isEmpty()) {
            send(resp, 404, "text/plain; charset=utf-8", ("the explorer has no query named " + name).getBytes(StandardCharsets.UTF_8), "no-cache");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        req.getParameterMap().forEach((k, v) -> values.put(k, v.length == 0 ? "" : v[0]));
        try {
            String text = queries.bind(name, values).toString();
            send(resp, 200, "application/sparql-query; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), "no-cache");
        } catch (QueryParameterException e) {
            send(resp, 400, "text/plain; charset=utf-8", e.getMessage().getBytes(StandardCharsets.UTF_8), "no-cache");
        }
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body, String cache) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The first 12 hex digits of the SHA-256 of the page's own files: a new version of them is a new URL. */
    private static String versionOf(Iterable<byte[]> contents) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (byte[] c : contents) sha.update(c);
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String type(String file) {
        return TYPES.getOrDefault(file.substring(file.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = ExplorerServlet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("the explorer's file " + resource + " is not on the class path");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
