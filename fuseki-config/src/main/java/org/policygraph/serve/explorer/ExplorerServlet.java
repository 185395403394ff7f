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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policygraph.query.QueryParameterException;

/**
 * The explorer at {@code /explore/}: one page (the browser renders each view from the URL, so
 * every view's URL works when opened alone) holding its script and style, the queries of the view
 * its URL shows with their parameters bound, and their answers, which the servlet asks the server's
 * own SPARQL endpoint for while it sends the page (a query not answered in time the page sends
 * itself); the same view of another URL under {@code view/PATH} (for the page's own navigation);
 * the CSV library from its WebJar under {@code lib/}; and under {@code query/NAME} any one query
 * bound. It reads the dataset only through the endpoint, and answers GET only.
 */
public final class ExplorerServlet extends HttpServlet {
    private static final String WEB = "org/policygraph/explorer/web/";
    /** What the page may load: only this server (no web fonts, no CDN); scripts: this server's and the page's own inline ones, by their hashes. */
    private static final String CONTENT_POLICY = "default-src 'self'; script-src 'self' %s; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
            + "object-src 'none'; base-uri 'self'; frame-ancestors 'self'";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml", "png", "image/png");

    private final String base;
    private final String page;
    private final String contentPolicy;
    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final ExplorerQueries queries = new ExplorerQueries();
    private final EndpointAnswers answers = new EndpointAnswers();
    private final String sparqlPath;

    /**
     * @param base       where the explorer is served, e.g. {@code /explore/}
     * @param sparqlPath the SPARQL query endpoint the page talks to, e.g. {@code /policygraph/sparql}
     * @param editorUrl  the Fuseki UI's query editor, for researchers taking a query further
     */
    public ExplorerServlet(String base, String sparqlPath, String editorUrl) {
        this.base = base;
        this.sparqlPath = sparqlPath;
        // inside the page, so that it waits for no file: boot.js, which sends the view's bound queries
        // while the rest of the page is parsed, app.js, which draws the view, and the style. (Firefox
        // took 80-110 ms to read app.js from its cache on the shared machine, after the answers came.)
        String boot = read(WEB + "boot.js").strip();
        String app = read(WEB + "app.js");
        this.contentPolicy = CONTENT_POLICY.formatted(hashSource(boot) + " " + hashSource(app));
        this.page = read(WEB + "index.html")
                .replace("{{base}}", html(base))
                .replace("{{sparql}}", html(sparqlPath))
                .replace("{{editor}}", html(editorUrl))
                .replace("{{style}}", read(WEB + "style.css"))
                .replace("{{boot}}", boot)
                .replace("{{app}}", app);
        files.put("lib/" + WebJar.PAPAPARSE.fileName(), bytes(WebJar.PAPAPARSE.resource()));
        // one request for the graph's pan and zoom, made once the page is drawn
        java.io.ByteArrayOutputStream zoom = new java.io.ByteArrayOutputStream();
        for (WebJar lib : WebJar.D3_ZOOM) {
            zoom.writeBytes(bytes(lib.resource()));
            zoom.writeBytes("\n;\n".getBytes(StandardCharsets.UTF_8));
        }
        files.put("lib/" + WebJar.D3_ZOOM_BUNDLE, zoom.toByteArray());
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
            send(resp, 200, type(rel), files.get(rel), "max-age=86400");
        } else if (rel.startsWith("query/")) {
            boundQuery(rel.substring("query/".length()), req, resp);
        } else if (rel.startsWith("view/")) {
            // the view of the page at the rest of the path, for the page's own navigation
            send(resp, 200, "application/json; charset=utf-8", viewJson(rawTail(req, "view/"), req).getBytes(StandardCharsets.UTF_8), "no-cache");
        } else if (rel.startsWith("assets/") || rel.startsWith("lib/")) {
            send(resp, 404, TYPES.get("html"), ("not found: " + html(path)).getBytes(StandardCharsets.UTF_8), "no-cache");
        } else {
            // every other path is a view of the page: search, an entity, a task, a report
            resp.setHeader("Content-Security-Policy", contentPolicy);
            String view = viewJson(rawTail(req, ""), req);
            send(resp, 200, TYPES.get("html"), page.replace("{{view}}", view).getBytes(StandardCharsets.UTF_8), "no-cache");
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

    /** The request's path after the explorer's base (and {@code prefix}), percent-escapes as sent. */
    private String rawTail(HttpServletRequest req, String prefix) {
        String uri = req.getRequestURI();
        int at = uri.indexOf(base);
        String tail = at < 0 ? "" : uri.substring(at + base.length());
        return tail.startsWith(prefix) ? tail.substring(prefix.length()) : tail;
    }

    /**
     * The view a URL shows, as JSON: {@code {"page", "iri", "queries": {name: bound SPARQL}, "errors": {name: why},
     * "answers": {name: the endpoint's SPARQL JSON}}},
     * every {@code /}, {@code <}, {@code >} and {@code &} escaped, so it can sit inside the page's {@code <script>}.
     */
    private String viewJson(String rawTail, HttpServletRequest req) {
        ExplorerView view = ExplorerView.of(rawTail, req::getParameter);
        Map<String, String> bound = new LinkedHashMap<>();
        Map<String, String> errors = new LinkedHashMap<>();
        view.queries().forEach((name, values) -> {
            try {
                bound.put(name, queries.bind(name, values).toString());
            } catch (QueryParameterException e) {
                errors.put(name, e.getMessage());
            }
        });
        return "{\"page\":" + json(view.page()) + ",\"iri\":" + json(view.iri()) + ",\"queries\":" + json(bound) + ",\"errors\":" + json(errors)
                + ",\"answers\":" + object(answers.ask(endpointUrl(req), bound), ExplorerServlet::scriptSafe) + "}";
    }

    /** The SPARQL endpoint the page talks to, on the address and port the request came in at. */
    private String endpointUrl(HttpServletRequest req) {
        String host = req.getLocalAddr();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + req.getLocalPort() + sparqlPath;
    }

    /** JSON as sent by the endpoint, safe inside a {@code <script>}: outside its strings JSON has no {@code < > &}, so each is escaped. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String json(Map<String, String> m) {
        return object(m, ExplorerServlet::json);
    }

    /** A JSON object of the map's entries, each value written as {@code value} gives it. */
    private static String object(Map<String, String> m, java.util.function.UnaryOperator<String> value) {
        StringBuilder b = new StringBuilder("{");
        m.forEach((k, v) -> b.append(b.length() > 1 ? "," : "").append(json(k)).append(':').append(value.apply(v)));
        return b.append('}').toString();
    }

    /** A JSON string that is also safe inside an HTML {@code <script>} element. */
    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '/' -> b.append("\\/");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }

    private static void send(HttpServletResponse resp, int status, String type, byte[] body, String cache) throws IOException {
        resp.setStatus(status);
        resp.setContentType(type);
        resp.setHeader("Cache-Control", cache);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }

    /** The Content-Security-Policy source that allows an inline script of this text: {@code 'sha256-…'}. */
    private static String hashSource(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
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
