package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.pipeline.ExtractorSettings;
import org.policygraph.query.QueryRunner;

/** A loaded data folder queried without a server: the text index answers, and closing releases it. */
class StoreQueriesTest {
    private static final String SEARCH = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX pg: <https://w3id.org/policygraph/ontology#>
            SELECT ?task ?title { (?task ?score ?title) text:query (pg:title "中关村") . ?task a pg:Task }""";
    private static final String TASKS = "PREFIX pg: <https://w3id.org/policygraph/ontology#> SELECT ?task { ?task a pg:Task ; pg:title ?title }";

    @TempDir
    Path temp;

    @Test
    void theTextIndexAnswersAndClosingReleasesIt() throws Exception {
        Path folder = temp.resolve("data");
        try (ReportStore store = ReportStore.open(folder)) {
            new IncrementalLoader(store, TestCorpus::extractor, ExtractorSettings.defaults()).load(List.of(TestCorpus.folder()), LoadListener.SILENT);
        }
        int found, withTitle;
        try (QueryRunner runner = StoreQueries.open(folder)) {
            assertTrue(runner.source().contains("text index"), runner.source());
            found = runner.select(QueryFactory.create(SEARCH)).size();
            withTitle = runner.select(QueryFactory.create(TASKS)).size();
        }
        assertTrue(found > 0 && found < withTitle, found + " of " + withTitle + " tasks");
        // opened again in this JVM: the first runner let go of the index's write lock
        try (QueryRunner again = StoreQueries.open(folder)) {
            assertEquals(found, again.select(QueryFactory.create(SEARCH)).size());
        }
    }

    @Test
    void aFolderWithoutADatabaseIsRefusedAndLeftAlone() {
        Path missing = temp.resolve("none");
        assertThrows(NoSuchFileException.class, () -> StoreQueries.open(missing));
        assertTrue(!missing.toFile().exists());
    }
}
