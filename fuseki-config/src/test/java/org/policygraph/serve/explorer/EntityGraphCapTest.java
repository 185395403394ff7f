package org.policygraph.serve.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.policygraph.query.QueryRunner;

/**
 * The graph view of an entity named in many tasks draws its latest 40, not all of them: the test
 * makes three reports (2023–2025) of 20 tasks each, every task naming the entity and one other.
 */
class EntityGraphCapTest {
    private static final String PG = "https://w3id.org/policygraph/ontology#";
    private static final String ID = "https://w3id.org/policygraph/id/";
    private static final String ENTITY = ID + "park/测试园区";

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
        Model m = ModelFactory.createDefaultModel();
        Resource entity = m.createResource(ENTITY).addProperty(RDF.type, m.createResource(PG + "Park"))
                .addProperty(SKOS.prefLabel, "测试园区", "zh");
        for (int r = 0; r < reports; r++) {
            String file = "r" + (2023 + r) + ".txt";
            Resource report = m.createResource(ID + "report/" + file).addProperty(m.createProperty(PG, "fileName"), file)
                    .addLiteral(m.createProperty(PG, "year"), m.createTypedLiteral(String.valueOf(2023 + r), XSDDatatype.XSDgYear));
            for (int t = 1; t <= tasks; t++) {
                Resource task = m.createResource(report.getURI() + "/task/" + t).addProperty(RDF.type, m.createResource(PG + "Task"))
                        .addProperty(m.createProperty(PG, "key"), "第" + t + "项")
                        .addLiteral(m.createProperty(PG, "order"), (long) t)
                        .addProperty(m.createProperty(PG, "report"), report);
                Resource company = m.createResource(ID + "company/公司" + r + "-" + t).addProperty(RDF.type, m.createResource(PG + "Company"))
                        .addProperty(SKOS.prefLabel, "公司" + r + "-" + t, "zh");
                mention(m, task, entity);
                mention(m, task, company);
            }
        }
        // one named graph, as the store holds reports (its queries read the union of the named graphs)
        Dataset ds = DatasetFactory.create();
        ds.addNamedModel(ID + "graph/test", m);
        return ds;
    }

    private static void mention(Model m, Resource task, Resource entity) {
        m.createResource().addProperty(RDF.type, m.createResource(PG + "Mention"))
                .addProperty(m.createProperty(PG, "task"), task).addProperty(m.createProperty(PG, "entity"), entity);
    }
}
