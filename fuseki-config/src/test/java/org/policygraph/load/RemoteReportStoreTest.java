package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.rdf.Iris;
import org.policygraph.serve.Http;
import org.policygraph.serve.ServedCorpus;

/** {@code load --endpoint} and {@code remove --endpoint}: reports written to a running server over the Graph Store Protocol. */
class RemoteReportStoreTest {
    private static ServedCorpus served;
    private static RemoteReportStore remote;
    private static List<ExtractedReport> corpus;

    @BeforeAll
    static void start() {
        served = ServedCorpus.start();
        remote = RemoteReportStore.of(served.server().datasetUrl(), Optional.of(ServedCorpus.ADMIN));
        corpus = TestCorpus.reports();
    }

    @AfterAll
    static void stop() {
        if (served != null) served.close();
    }

    /** Each test leaves the server holding the corpus as it was. */
    @AfterEach
    void restore() {
        corpus.forEach(remote::replace);
    }

    @Test
    void theDatasetUrlIsFoundFromAnEndpointUrlToo() {
        assertEquals(served.server().datasetUrl(), RemoteReportStore.of(served.sparql(), Optional.empty()).datasetUrl());
        assertThrows(IllegalArgumentException.class, () -> RemoteReportStore.of("ftp://localhost/x", Optional.empty()));
    }

    @Test
    void puttingTheSameReportTwiceLeavesTheCountsAsTheyWere() {
        long quads = Http.quads(served.sparql());
        StoreSummary before = remote.summary();
        remote.replace(corpus.get(0));
        remote.replace(corpus.get(0));
        assertEquals(quads, Http.quads(served.sparql()));
        assertEquals(before, remote.summary());
        assertEquals(served.server().store().summary(), remote.summary(), "the same counts as the server's own store");
    }

    @Test
    void aChangedReportReplacesItsGraphWholeAndLeavesTheOthers() {
        ExtractedReport changed = TestCorpus.shortened(corpus.get(0));
        Set<Triple> other = graphOnServer(corpus.get(1));
        remote.replace(changed);
        assertSameTriples(expectedTriples(changed), graphOnServer(changed), "nothing of the old version is left");
        assertSameTriples(other, graphOnServer(corpus.get(1)), "the other report is untouched");
        assertEquals(Optional.of(changed.source().sha256()), remote.storedHash(Iris.report(changed.source().fileName())));
    }

    @Test
    void theLoaderOverTheEndpointExtractsOnlyChangedFiles() throws IOException {
        IncrementalLoader loader = new IncrementalLoader(remote, TestCorpus::extractor, ExtractorSettings.defaults());
        LoadResult same = loader.load(List.of(TestCorpus.folder()), LoadListener.SILENT);
        assertEquals(3, same.unchanged().size(), "the server holds these very files");
        assertEquals(3, remote.storedReports().size());

        remote.replace(TestCorpus.shortened(corpus.get(2)));
        LoadResult changed = loader.load(List.of(TestCorpus.folder().resolve(corpus.get(2).source().fileName())), LoadListener.SILENT);
        assertEquals(List.of(corpus.get(2).source().fileName()), changed.extracted());
        // extracted again, so its extraction activity has another time: the same number of triples, the file's hash
        assertEquals(expectedTriples(corpus.get(2)).size(), graphOnServer(corpus.get(2)).size());
        assertEquals(Optional.of(corpus.get(2).source().sha256()), remote.storedHash(Iris.report(corpus.get(2).source().fileName())));
    }

    @Test
    void removeDeletesOneReportAndItsText() {
        String text = "PREFIX text: <http://jena.apache.org/text#>\nPREFIX pg: <https://w3id.org/policygraph/ontology#>\n"
                + "SELECT (COUNT(*) AS ?n) { (?s ?score) text:query (pg:title '集成电路') }";
        assertEquals(2, Http.count(served.sparql(), text));
        assertTrue(remote.remove(corpus.get(0).source().fileName()));
        assertFalse(remote.remove(corpus.get(0).source().fileName()), "already gone");
        assertTrue(graphOnServer(corpus.get(0)).isEmpty());
        assertEquals(1, Http.count(served.sparql(), text), "000's heading is no longer found; 001's is");
        assertEquals(2, remote.summary().reports());
    }

    @Test
    void withoutTheAdminPasswordNothingChanges() {
        long quads = Http.quads(served.sparql());
        RemoteReportStore anonymous = RemoteReportStore.of(served.server().datasetUrl(), Optional.empty());
        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> anonymous.replace(TestCorpus.shortened(corpus.get(0))));
        assertEquals(401, e.status());
        assertTrue(e.getMessage().contains("POLICYGRAPH_PASSWORD"), e.getMessage());
        RemoteReportStore wrong = RemoteReportStore.of(served.server().datasetUrl(), Optional.of(AdminCredentials.of("wrong")));
        assertEquals(401, assertThrows(RemoteStoreException.class, () -> wrong.remove(corpus.get(0).source().fileName())).status());
        assertEquals(quads, Http.quads(served.sparql()));
        assertEquals(3, anonymous.storedReports().size(), "reading needs no password");
    }

    /** Equal sets, or a failure that says how they differ without printing thousands of triples. */
    private static void assertSameTriples(Set<Triple> expected, Set<Triple> actual, String what) {
        Set<Triple> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<Triple> extra = new HashSet<>(actual);
        extra.removeAll(expected);
        assertTrue(missing.isEmpty() && extra.isEmpty(), what + ": " + missing.size() + " missing, e.g. "
                + missing.stream().limit(3).toList() + "; " + extra.size() + " extra, e.g. " + extra.stream().limit(3).toList());
    }

    private static Set<Triple> graphOnServer(ExtractedReport r) {
        HttpResponse<String> response = Http.get(served.endpoint("get") + "?graph=" + Http.encode(Iris.report(r.source().fileName()).getURI()),
                "application/n-triples");
        Set<Triple> out = new HashSet<>();
        if (response.statusCode() == 404) return out;
        assertEquals(200, response.statusCode(), response.body());
        RDFParser.fromString(response.body(), Lang.NTRIPLES).parse(new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                out.add(t);
            }
        });
        return out;
    }

    private static Set<Triple> expectedTriples(ExtractedReport r) {
        return TestCorpus.quads(r).stream().map(Quad::asTriple).collect(Collectors.toSet());
    }
}
