package org.policygraph.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetConfigTest {
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#location";
    private static final String TEXT = "http://jena.apache.org/text#directory";

    @TempDir
    Path temp;

    @Test
    void theBundledConfigurationPutsTdb2AndTheTextIndexInTheDataFolder() {
        Path data = temp.resolve("data");
        DatasetConfig config = DatasetConfig.bundled(data);
        assertEquals(List.of(data.toAbsolutePath().toString()), values(config, TDB2));
        assertEquals(List.of(data.resolve("text-index").toAbsolutePath().toString()), values(config, TEXT));
        assertEquals("policygraph", config.serviceName());
    }

    @Test
    void itsDatasetIsTdb2WithASmartChineseLuceneIndex() throws IOException {
        try (ReportStore store = ReportStore.open(temp.resolve("data"))) {
            DatasetGraph dataset = store.dataset();
            TextIndexLucene index = (TextIndexLucene) ((DatasetGraphText) dataset).getTextIndex();
            assertTrue(index.getAnalyzer() instanceof SmartChineseAnalyzer
                    || index.getAnalyzer().toString().contains("SmartChineseAnalyzer"), index.getAnalyzer().toString());
            assertEquals("graph", index.getDocDef().getGraphField(), "entries know their report graph");
            assertTrue(Files.isDirectory(temp.resolve("data/text-index")));
        }
    }

    @Test
    void aFileOfOnesOwnKeepsAbsolutePathsAndInMemoryIndexes() throws IOException {
        Path file = temp.resolve("mine.ttl");
        Files.writeString(file, """
                PREFIX fuseki: <http://jena.apache.org/fuseki#>
                PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
                PREFIX text:   <http://jena.apache.org/text#>
                <#s> a fuseki:Service ; fuseki:name "/mine" ; fuseki:dataset <#d> .
                <#d> a text:TextDataset ; text:dataset <#t> ; text:index <#i> .
                <#t> a tdb2:DatasetTDB2 ; tdb2:location "%s" .
                <#i> a text:TextIndexLucene ; text:directory "mem" .
                """.formatted(temp.resolve("elsewhere").toAbsolutePath()));
        DatasetConfig config = DatasetConfig.read(file, temp.resolve("data"));
        assertEquals(List.of(temp.resolve("elsewhere").toAbsolutePath().toString()), values(config, TDB2));
        assertEquals(List.of("mem"), values(config, TEXT));
        assertEquals("mine", config.serviceName());
    }

    @Test
    void aFileWithoutExactlyOneServiceIsRefused() throws IOException {
        Path file = temp.resolve("none.ttl");
        Files.writeString(file, "PREFIX tdb2: <http://jena.apache.org/2016/tdb#>\n<#t> a tdb2:DatasetTDB2 ; tdb2:location \".\" .\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DatasetConfig.read(file, temp));
        assertTrue(e.getMessage().contains("expected one fuseki:Service, found 0"), e.getMessage());
        assertThrows(IOException.class, () -> DatasetConfig.read(temp.resolve("missing.ttl"), temp));
    }

    private static List<String> values(DatasetConfig config, String property) {
        return config.model().listObjectsOfProperty(config.model().createProperty(property)).mapWith(n -> n.asLiteral().getLexicalForm()).toList();
    }
}
