package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.PG;
import org.policygraph.query.QueryRunner;

/**
 * The graph view of an entity named in many tasks draws its latest 40, not all of them: the test
 * makes three reports (2023–2025) of 20 tasks each, every task naming the entity and one other.
 */
class EntityGraphCapTest {
    private static final String ENTITY = PG.DATA + "park/测试园区";

    @Test
    void theLatestFortyTasksWithTheirEntities() {
        List<Map<String, String>> rows = ExplorerQueriesTest.rows(QueryRunner.local(reports(3, 20))
                .select(new ExplorerQueries().bind("entity-graph", Map.of("entity", ENTITY))));
        Set<String> tasks = rows.stream().map(r -> r.get("task")).collect(Collectors.toSet());
        assertEquals(40, tasks.size(), rows.toString());
        // the 2025 and 2024 reports' tasks, none of 2023's
        assertEquals(Set.of("r2024.txt", "r2025.txt"), rows.stream().map(r -> r.get("reportFile")).collect(Collectors.toSet()));
        // each task with its other entity, typed and named
        assertEquals(40, rows.stream().filter(r -> "Company".equals(r.get("type")) && r.get("name").startsWith("公司")).count());
        assertTrue(rows.stream().noneMatch(r -> ENTITY.equals(r.get("other"))), "not itself");
    }

    @Test
    void fewerTasksAreAllDrawn() {
        List<Map<String, String>> rows = ExplorerQueriesTest.rows(QueryRunner.local(reports(2, 7))
                .select(new ExplorerQueries().bind("entity-graph", Map.of("entity", ENTITY))));
        assertEquals(14, rows.stream().map(r -> r.get("task")).distinct().count());
    }

    /** {@code reports} reports, of years 2023 on, each of {@code tasks} tasks naming the entity and a company of its own. */
    private static Dataset reports(int reports, int tasks) {
        Graph g = GraphFactory.createDefaultGraph();
        Node entity = NodeFactory.createURI(ENTITY);
        g.add(entity, RDF.Nodes.type, PG.Park);
        g.add(entity, PG.prefLabel, NodeFactory.createLiteralLang("测试园区", "zh"));
        for (int r = 0; r < reports; r++) {
            String file = "r" + (2023 + r) + ".txt";
            Node report = NodeFactory.createURI(PG.DATA + "report/" + file);
            g.add(report, PG.fileName, NodeFactory.createLiteralString(file));
            g.add(report, PG.year, NodeFactory.createLiteralDT(String.valueOf(2023 + r), XSDDatatype.XSDgYear));
            for (int t = 1; t <= tasks; t++) {
                Node task = NodeFactory.createURI(report.getURI() + "/task/" + t);
                g.add(task, RDF.Nodes.type, PG.Task);
                g.add(task, PG.key, NodeFactory.createLiteralString("第" + t + "项"));
                g.add(task, PG.order, NodeFactory.createLiteralDT(Integer.toString(t), XSDDatatype.XSDinteger));
                g.add(task, PG.report, report);
                String name = "公司" + r + "-" + t;
                Node company = NodeFactory.createURI(PG.DATA + "company/" + name);
                g.add(company, RDF.Nodes.type, PG.Company);
                g.add(company, PG.prefLabel, NodeFactory.createLiteralLang(name, "zh"));
                mention(g, task, entity);
                mention(g, task, company);
            }
        }
        // one named graph, as the store holds reports (its queries read the union of the named graphs)
        DatasetGraph ds = DatasetGraphFactory.createGeneral();
        ds.addGraph(NodeFactory.createURI(PG.DATA + "graph/test"), g);
        return DatasetFactory.wrap(ds);
    }

    private static void mention(Graph g, Node task, Node entity) {
        Node m = NodeFactory.createBlankNode();
        g.add(m, RDF.Nodes.type, PG.Mention);
        g.add(m, PG.task, task);
        g.add(m, PG.entity, entity);
    }
}
