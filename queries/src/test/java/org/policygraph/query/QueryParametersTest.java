package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.core.Var;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.PG;

class QueryParametersTest {
    private static final QueryLibrary LIBRARY = QueryLibrary.bundled();
    private static final String INJECTION = "\" } ; DROP ALL #";

    @Test
    void eachKindBindsItsTerm() {
        Map<Var, Node> terms = QueryParameters.of(Map.of("key", "第61项", "label", "北京工业大学")).terms(LIBRARY.get("link-evidence"));
        assertEquals(NodeFactory.createLiteralString("第61项"), terms.get(Var.alloc("key")));
        assertEquals(NodeFactory.createLiteralLang("北京工业大学", "zh"), terms.get(Var.alloc("label")));
        for (String name : new String[] {"Park", "park", "pg:Park", " PARK "}) {
            assertEquals(PG.Park, QueryParameters.of(Map.of("type", name)).terms(LIBRARY.get("entities-by-type")).get(Var.alloc("type")), name);
        }
        assertEquals(NodeFactory.createURI("https://w3id.org/policygraph/id/park/中关村科学城"),
                ParamKind.IRI.term("https://w3id.org/policygraph/id/park/中关村科学城"));
    }

    @Test
    void bindingReplacesTheVariableInTheParsedQuery() {
        Query q = QueryParameters.none().with("label", "中关村科学城").bind(LIBRARY.get("tasks-mentioning-entity"));
        String text = q.serialize();
        assertTrue(text.contains("\"中关村科学城\"@zh"), text);
        assertFalse(text.contains("?label"), text);
        assertEquals(LIBRARY.get("tasks-mentioning-entity").query().getResultVars(), q.getResultVars(), "same columns");
    }

    @Test
    void anInjectionAttemptStaysALiteral() {
        NamedQuery named = LIBRARY.get("tasks-mentioning-entity");
        Query q = QueryParameters.of(Map.of("label", INJECTION)).bind(named);
        assertTrue(q.isSelectType());
        // sent to an endpoint as text, it parses back to the same query: the value is one escaped literal
        Query reparsed = QueryFactory.create(q.serialize(), Syntax.syntaxSPARQL_11);
        assertEquals(q, reparsed);
        assertTrue(q.serialize().contains("\"\\\" } ; DROP ALL #\"@zh"), q.serialize());
        // and run, it matches nothing and changes nothing
        var dataset = CorpusGraph.tdb2();
        long before = CorpusGraph.quadCount(dataset);
        assertFalse(QueryRunner.local(dataset).select(q).hasNext());
        assertEquals(before, CorpusGraph.quadCount(dataset));
    }

    @Test
    void anInjectionIntoAStringOrTypeParameterIsHarmlessOrRefused() {
        Query q = QueryParameters.of(Map.of("word", INJECTION)).bind(LIBRARY.get("tasks-by-title-word"));
        assertEquals(q, QueryFactory.create(q.serialize(), Syntax.syntaxSPARQL_11));
        assertThrows(QueryParameterException.class, () -> QueryParameters.of(Map.of("type", "Park> } ; DROP ALL #")).bind(LIBRARY.get("entities-by-type")));
        assertThrows(IllegalArgumentException.class, () -> ParamKind.IRI.term("http://x/> } ; DROP ALL #"));
        assertThrows(IllegalArgumentException.class, () -> ParamKind.IRI.term("relative/path"));
    }

    @Test
    void aMissingParameterIsAnErrorNamingTheParameters() {
        QueryParameterException e = assertThrows(QueryParameterException.class,
                () -> QueryParameters.of(Map.of("key", "第61项")).bind(LIBRARY.get("link-evidence")));
        assertTrue(e.getMessage().contains("link-evidence") && e.getMessage().contains("label (zh)")
                && e.getMessage().contains("key (string)"), e.getMessage());
    }

    @Test
    void anUnknownParameterIsAnErrorNamingTheParameters() {
        QueryParameterException e = assertThrows(QueryParameterException.class,
                () -> QueryParameters.of(Map.of("lable", "中关村科学城")).bind(LIBRARY.get("tasks-mentioning-entity")));
        assertTrue(e.getMessage().contains("no parameter lable") && e.getMessage().contains("label (zh)"), e.getMessage());
        QueryParameterException none = assertThrows(QueryParameterException.class,
                () -> QueryParameters.of(Map.of("x", "1")).bind(LIBRARY.get("reports")));
        assertTrue(none.getMessage().contains("takes no parameters"), none.getMessage());
    }

    @Test
    void blankOrWrongValuesAreErrors() {
        assertThrows(QueryParameterException.class, () -> QueryParameters.of(Map.of("label", "  ")).bind(LIBRARY.get("tasks-mentioning-entity")));
        QueryParameterException e = assertThrows(QueryParameterException.class,
                () -> QueryParameters.of(Map.of("type", "Parks")).bind(LIBRARY.get("entities-by-type")));
        assertTrue(e.getMessage().contains("GovernmentBody"), "lists the types: " + e.getMessage());
    }
}
