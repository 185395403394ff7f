package org.policygraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QueryLibraryTest {

    static Stream<NamedQuery> bundled() {
        return QueryLibrary.bundled().all().stream();
    }

    @Test
    void bundlesTheResearchersQuestions() {
        List<String> names = QueryLibrary.bundled().names();
        assertTrue(names.size() >= 8, names.toString());
        assertTrue(names.containsAll(List.of("tasks-mentioning-entity", "entities-by-type", "entities-shared-by-reports",
                "policies-per-task", "parks-and-organisations", "link-evidence")), names.toString());
        assertEquals(names.stream().sorted().toList(), names, "listed by name");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundled")
    void everyQueryHasAHeaderWithExamples(NamedQuery q) {
        assertFalse(q.title().isBlank());
        assertFalse(q.description().isBlank());
        assertTrue(q.query().isSelectType(), q.name());
        for (QueryParam p : q.params()) {
            assertFalse(p.description().isBlank(), p.name());
            assertTrue(p.example().isPresent(), q.name() + ": parameter " + p.name() + " needs an 'e.g.' example");
        }
    }

    @Test
    void readsTheHeader() {
        NamedQuery q = QueryLibrary.bundled().get("link-evidence");
        assertEquals("Evidence for a task–entity link", q.title());
        assertTrue(q.description().startsWith("Why a task is linked to an entity"));
        assertTrue(q.description().contains("(一) recurs across reports"), "continuation lines join the description");
        assertEquals(List.of("key", "label"), q.params().stream().map(QueryParam::name).toList());
        QueryParam key = q.params().get(0);
        assertEquals(ParamKind.STRING, key.kind());
        assertEquals(Optional.of("第61项"), key.example());
        assertEquals(ParamKind.ZH, q.params().get(1).kind());
        assertEquals(Optional.of("北京工业大学"), q.params().get(1).example());
        assertEquals(ParamKind.TYPE, QueryLibrary.bundled().get("entities-by-type").params().get(0).kind());
    }

    @Test
    void anUnknownNameListsTheQueries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> QueryLibrary.bundled().get("no-such-query"));
        assertTrue(e.getMessage().contains("no-such-query") && e.getMessage().contains("tasks-mentioning-entity"), e.getMessage());
    }

    private static final String BODY = "PREFIX pg: <https://w3id.org/policygraph/ontology#>\nSELECT ?t { ?t pg:key ?key }\n";

    @Test
    void aHeaderNeedsTitleAndDescription() {
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.of("q", "# description: d\n" + BODY));
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.of("q", "# title: t\n" + BODY));
        NamedQuery ok = NamedQuery.of("q", "# title: t\n# description: d\n#   more\n# param: key (string) — a key, e.g. 第1项\n" + BODY);
        assertEquals("d more", ok.description());
    }

    @Test
    void aParameterMustDeclareAKnownKind() {
        IllegalArgumentException noKind = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.of("q", "# title: t\n# description: d\n# param: key — a key\n" + BODY));
        assertTrue(noKind.getMessage().contains("NAME (KIND)"), noKind.getMessage());
        IllegalArgumentException badKind = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.of("q", "# title: t\n# description: d\n# param: key (number) — a key\n" + BODY));
        assertTrue(badKind.getMessage().contains("string, zh, iri, type"), badKind.getMessage());
    }

    @Test
    void aParameterMustBeAVariableOfTheQuery() {
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> NamedQuery.of("q", "# title: t\n# description: d\n# param: label (zh) — a label\n" + BODY));
        assertTrue(unused.getMessage().contains("?label is not in the query"), unused.getMessage());
        // a VALUES variable cannot be substituted
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.of("q",
                "# title: t\n# description: d\n# param: key (string) — a key\nSELECT ?t { VALUES ?key { \"x\" } ?t ?p ?key }"));
        // a parameter inside FILTER EXISTS is found
        NamedQuery.of("q", "# title: t\n# description: d\n# param: w (string) — a word\n"
                + "SELECT ?t { ?t ?p ?o FILTER EXISTS { ?t ?q ?n FILTER(CONTAINS(STR(?n), ?w)) } }");
    }

    @Test
    void onlyStandardSelectOrAskQueries() {
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.of("q", "# title: t\n# description: d\nSELECT ?x { ?x ?y }"));
        assertThrows(IllegalArgumentException.class, () -> NamedQuery.of("q", "# title: t\n# description: d\nCONSTRUCT { ?s ?p ?o } { ?s ?p ?o }"));
        NamedQuery.of("q", "# title: t\n# description: d\nASK { ?s ?p ?o }");
    }
}
