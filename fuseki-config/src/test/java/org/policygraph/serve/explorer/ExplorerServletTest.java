package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.serve.Http;
import org.policygraph.serve.ServedCorpus;

/** What the server answers under /explore/, and the link on Fuseki's page, over plain HTTP. */
class ExplorerServletTest {
    private static ServedCorpus served;
    private static String base;

    @BeforeAll
    static void start() {
        served = ServedSample.get();
        base = served.server().serverUrl();
    }

    @Test
    void everyViewIsThePageNamingTheSparqlEndpointAndLoadingOnlyThisServer() {
        for (String view : new String[] {"explore/", "explore/search?q=%E4%B8%AD", "explore/id/park/%E4%B8%AD%E5%85%B3%E6%9D%91%E7%A7%91%E5%AD%A6%E5%9F%8E"}) {
            HttpResponse<String> r = Http.get(base + view, "text/html");
            assertEquals(200, r.statusCode(), view);
            assertTrue(r.body().contains("<meta name=\"policygraph-sparql\" content=\"/policygraph/sparql\">"), r.body());
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").startsWith("default-src 'self'"), view);
            // nothing from elsewhere: no file named by a URL with a host (IRIs in the script and its queries are data)
            assertTrue(!java.util.regex.Pattern.compile("(src|href)\\s*=\\s*[\"']?(https?:)?//|@import|url\\(").matcher(r.body()).find(), "nothing from elsewhere: " + r.body());
        }
        assertEquals(served.server().explorerUrl(), base + "explore/");
    }

    @Test
    void theLibrariesComeFromTheirWebJars() {
        HttpResponse<String> papa = Http.get(base + "explore/lib/papaparse.min.js", "*/*");
        assertEquals(200, papa.statusCode());
        assertTrue(papa.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(papa.body().contains("Papa"), "Papa Parse");
        assertEquals(404, Http.get(base + "explore/lib/jquery.js", "*/*").statusCode());
        HttpResponse<String> zoom = Http.get(base + "explore/lib/d3-zoom-bundle.min.js", "*/*");
        assertEquals(200, zoom.statusCode());
        // d3-zoom and the modules it needs, each from its WebJar, in the order they load
        int dispatch = zoom.body().indexOf("d3-dispatch"), selection = zoom.body().indexOf("d3-selection"), zoomAt = zoom.body().indexOf("zoomIdentity");
        assertTrue(dispatch >= 0 && dispatch < selection && selection < zoomAt, "the modules in order");
        // the graph is drawn by app.js in SVG, panned and zoomed by d3-zoom; Cytoscape.js is no longer served
        assertEquals(404, Http.get(base + "explore/lib/cytoscape.min.js", "*/*").statusCode());
    }

    @Test
    void thePageHoldsItsScriptAndStyleAndLoadsOnlyTheCsvLibrary() throws Exception {
        HttpResponse<String> r = Http.get(base + "explore/", "text/html");
        String page = r.body();
        assertTrue(page.contains("<style>") && page.contains("--sans:"), "the style inside the page");
        assertTrue(page.contains("function graphView"), "app.js inside the page");
        java.util.regex.Matcher files = java.util.regex.Pattern.compile("(?:src|href)=\"(/[^\"]*)\"").matcher(page);
        java.util.List<String> loaded = new java.util.ArrayList<>();
        while (files.find()) if (!files.group(1).equals("/explore/") && !files.group(1).startsWith("/explore/search") && !files.group(1).startsWith("/#/")) loaded.add(files.group(1));
        assertEquals(java.util.List.of("/explore/lib/papaparse.min.js"), loaded, page);
        assertTrue(page.contains("lib/d3-zoom-bundle.min.js"), "d3-zoom is loaded by app.js once the page is drawn");
        // each inline script is allowed by its hash, and nothing else inline is
        String policy = r.headers().firstValue("Content-Security-Policy").orElse("");
        java.util.regex.Matcher scripts = java.util.regex.Pattern.compile("<script>(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(page);
        int inline = 0;
        while (scripts.find()) {
            String hash = java.util.Base64.getEncoder().encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(scripts.group(1).getBytes(StandardCharsets.UTF_8)));
            assertTrue(policy.contains(" 'sha256-" + hash + "'"), policy);
            inline++;
        }
        assertEquals(2, inline, "boot.js and app.js");
        assertTrue(!policy.matches(".*script-src[^;]*unsafe-inline.*"), "no other inline script: " + policy);
        assertEquals(404, Http.get(base + "explore/assets/app.js", "*/*").statusCode(), "no separate copy");
        assertEquals("max-age=86400", Http.get(base + "explore/lib/papaparse.min.js", "*/*").headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void queriesAreBoundAsLiteralsOrRefused() {
        HttpResponse<String> ok = Http.get(base + "explore/query/search-entities?words=" + Http.encode("\" } ; DROP ALL #"), "*/*");
        assertEquals(200, ok.statusCode(), ok.body());
        assertTrue(ok.body().contains("\"\\\" } ; DROP ALL #\""), "one literal: " + ok.body());
        HttpResponse<String> notIri = Http.get(base + "explore/query/entity?entity=x", "*/*");
        assertEquals(400, notIri.statusCode());
        assertTrue(notIri.body().contains("not an absolute IRI"), notIri.body());
        assertEquals(400, Http.get(base + "explore/query/entity", "*/*").statusCode(), "missing parameter");
        assertEquals(404, Http.get(base + "explore/query/no-such-query", "*/*").statusCode());
        assertEquals(404, Http.get(base + "explore/query/Entity", "*/*").statusCode(), "names are lower case");
        int traversal = Http.get(base + "explore/query/..%2F..%2Ffuseki%2Fconfig", "*/*").statusCode();
        assertTrue(traversal == 400 || traversal == 404, "refused: " + traversal);
    }

    @Test
    void thePageCarriesTheQueriesOfItsViewBound() {
        HttpResponse<String> r = Http.get(base + "explore/id/park/%E4%B8%AD%E5%85%B3%E6%9D%91%E7%A7%91%E5%AD%A6%E5%9F%8E", "text/html");
        java.util.regex.Matcher view = java.util.regex.Pattern.compile("<script type=\"application/json\" id=\"pg-view\">(.*?)</script>", java.util.regex.Pattern.DOTALL).matcher(r.body());
        assertTrue(view.find(), r.body());
        String json = view.group(1);
        assertTrue(json.startsWith("{\"page\":\"entity\",\"iri\":\"https:\\/\\/w3id.org\\/policygraph\\/id\\/park\\/中关村科学城\""), json);
        for (String q : new String[] {"entity", "entity-tasks", "entity-co-mentioned", "entity-figures", "entity-graph"}) assertTrue(json.contains("\"" + q + "\":\"PREFIX"), q + ": " + json);
        assertTrue(json.contains("\\u003chttps:\\/\\/w3id.org\\/policygraph\\/id\\/park\\/中关村科学城\\u003e"), "bound as an IRI: " + json);
        // and their answers, as the endpoint gave them (the page sends none of these queries itself)
        org.apache.jena.atlas.json.JsonObject answers = org.apache.jena.atlas.json.JSON.parse(json).get("answers").getAsObject();
        assertEquals(java.util.Set.of("entity", "entity-tasks", "entity-co-mentioned", "entity-figures", "entity-graph"), answers.keys());
        assertEquals("中关村科学城", answers.get("entity").getAsObject().get("results").getAsObject().get("bindings").getAsArray().get(0)
                .getAsObject().get("name").getAsObject().get("value").getAsString().value());
        assertEquals(9, answers.get("entity-tasks").getAsObject().get("results").getAsObject().get("bindings").getAsArray().size(), "a row per mention");

        // the view for the page's own navigation: words stay one literal, and cannot close the page's script
        HttpResponse<String> search = Http.get(base + "explore/view/search?q=" + Http.encode("</script><b>\" } ; DROP ALL #"), "*/*");
        assertEquals(200, search.statusCode());
        assertTrue(search.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(search.body().startsWith("{\"page\":\"search\""), search.body());
        assertTrue(!search.body().contains("</") && !search.body().contains("<b>"), search.body());
        assertTrue(search.body().contains("\\\"\\u003c\\/script\\u003e\\u003cb\\u003e\\\\\\\" } ; DROP ALL #\\\""), "one literal: " + search.body());
        // a value the query refuses is the view's error for that query, the others are bound
        String shared = Http.get(base + "explore/view/id/park/%E4%B8%AD?with=x", "*/*").body();
        assertTrue(shared.contains("\"errors\":{\"shared-evidence\":\"query shared-evidence, parameter other: not an absolute IRI: x\"}"), shared);
        assertTrue(Http.get(base + "explore/view/", "*/*").body().startsWith("{\"page\":\"home\",\"iri\":\"\",\"queries\":{\"reports\":"));
        assertTrue(Http.get(base + "explore/view/id/report/000_28d4d448e5e08362.txt/task/5", "*/*").body().startsWith("{\"page\":\"task\""));
        assertTrue(Http.get(base + "explore/view/resource?iri=" + Http.encode(ExplorerView.PG_ID + "report/000_28d4d448e5e08362.txt"), "*/*").body()
                .startsWith("{\"page\":\"report\""));
    }

    @Test
    void anAnswerCannotCloseThePagesScript() {
        String answer = "{ \"results\": { \"bindings\": [ { \"s\": { \"type\": \"literal\", \"value\": \"a</script><b>&c\" } } ] } }";
        String safe = ExplorerServlet.scriptSafe(answer);
        assertTrue(!safe.contains("<") && !safe.contains(">") && !safe.contains("&"), safe);
        assertEquals(org.apache.jena.atlas.json.JSON.parse(answer), org.apache.jena.atlas.json.JSON.parse(safe), "the same JSON");
    }

    @Test
    void fusekisPageLinksTheExplorerAndExploreWithoutSlashRedirects() throws Exception {
        HttpResponse<String> ui = Http.get(base, "text/html");
        assertEquals(200, ui.statusCode());
        assertTrue(ui.body().contains("id=\"policygraph-explorer-link\" href=\"explore/\""), ui.body());
        assertTrue(ui.body().contains("<div id=\"app\">"), "Fuseki's own page still");
        HttpResponse<String> redirect = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "explore")).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(302, redirect.statusCode());
        assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/explore/"));
    }
}
