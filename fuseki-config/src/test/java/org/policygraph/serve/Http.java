package org.policygraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.policygraph.auth.AdminCredentials;

/** Plain HTTP requests to a server under test, as any client would send them. */
public final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private Http() {}

    /** The bindings of a SELECT query sent by GET; fails the test unless the answer is 200. */
    public static JsonArray select(String endpoint, String query) {
        HttpResponse<String> r = get(endpoint + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "application/sparql-results+json");
        assertEquals(200, r.statusCode(), r.body());
        JsonObject json = JSON.parse(r.body());
        return json.get("results").getAsObject().get("bindings").getAsArray();
    }

    /** The number a {@code SELECT (COUNT(…) AS ?n)} query answers. */
    public static long count(String endpoint, String query) {
        return Long.parseLong(value(select(endpoint, query).get(0).getAsObject(), "n"));
    }

    /** Every quad of every named graph, over the query endpoint. */
    public static long quads(String endpoint) {
        return count(endpoint, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    public static String value(JsonObject row, String var) {
        return row.get(var).getAsObject().get("value").getAsString().value();
    }

    public static HttpResponse<String> get(String url, String accept) {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Accept", accept).GET().build());
    }

    /**
     * A request with a body, as the admin when credentials are given; returns the answer whatever its status.
     * Sent on a connection of its own: the server may close a connection whose body it refused
     * unread, and the next request must not be sent on it.
     */
    public static HttpResponse<String> send(String method, String url, String contentType, String body, AdminCredentials as) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (as != null) b.header("Authorization", as.basicAuthorization());
        return send(HttpClient.newHttpClient(), b.build());
    }

    /** A DELETE, as the admin when credentials are given. */
    public static HttpResponse<String> delete(String url, AdminCredentials as) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).DELETE();
        if (as != null) b.header("Authorization", as.basicAuthorization());
        return send(HttpClient.newHttpClient(), b.build());
    }

    /** A SPARQL Update, as the admin when credentials are given. */
    public static HttpResponse<String> update(String url, String update, AdminCredentials as) {
        return send("POST", url, "application/sparql-update", update, as);
    }

    public static HttpResponse<String> send(HttpRequest request) {
        return send(CLIENT, request);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
