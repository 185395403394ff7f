package org.policygraph.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled ontology parses, declares every term PG names, and reuses the standard vocabularies. */
class OntologyTest {

    private static final String PREFIXES = """
            PREFIX pg:   <https://w3id.org/policygraph/ontology#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX sh:   <http://www.w3.org/ns/shacl#>
            """;

    /** What "declared" means: typed with one of these in policygraph.ttl. */
    private static final Set<Node> DECLARATIONS = Set.of(
            OWL.Class.asNode(), OWL.ObjectProperty.asNode(), OWL.DatatypeProperty.asNode(),
            OWL.NamedIndividual.asNode());

    private static Graph ontology;

    @BeforeAll
    static void load() {
        ontology = Ontology.ontology();
    }

    @Test
    void ontologyParsesWithHeader() {
        assertTrue(ontology.size() > 100, "ontology has " + ontology.size() + " triples");
        assertTrue(ask("""
                ASK { <https://w3id.org/policygraph/ontology> a owl:Ontology ;
                        owl:versionInfo "0.1.0" ; dcterms:title ?title }"""));
    }

    @Test
    void everyPgConstantIsDeclaredWithEnglishAndChineseLabels() {
        List<String> missing = new ArrayList<>();
        for (Node term : pgConstants()) {
            if (!isDeclared(term))
                missing.add(term.getLocalName() + ": not declared");
            for (String lang : List.of("en", "zh"))
                if (!hasLiteral(term, RDFS.label.asNode(), lang))
                    missing.add(term.getLocalName() + ": no rdfs:label @" + lang);
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDeclaredTermHasBilingualLabelAndComment() {
        List<String> missing = new ArrayList<>();
        for (Node term : declaredPgTerms())
            for (Node property : List.of(RDFS.label.asNode(), RDFS.comment.asNode()))
                for (String lang : List.of("en", "zh"))
                    if (!hasLiteral(term, property, lang))
                        missing.add(term.getLocalName() + ": no " + property.getLocalName() + " @" + lang);
        assertEquals(List.of(), missing);
    }

    @Test
    void everyDeclaredTermHasAConstantInPG() {
        // keeps the Java vocabulary and the ontology in step, in both directions
        Set<String> declared = localNames(declaredPgTerms());
        Set<String> constants = localNames(pgConstants());
        declared.removeAll(constants);
        assertEquals(Set.of(), declared);
    }

    @Test
    void noPropertyIsBothObjectAndDatatype() {
        assertFalse(ask("ASK { ?p a owl:ObjectProperty , owl:DatatypeProperty }"));
    }

    @ParameterizedTest(name = "{0} has range {1}")
    @CsvSource({
        "start, xsd:integer", "end, xsd:integer", "confidence, xsd:decimal",
        "fileName, xsd:string", "content, xsd:string", "text, xsd:string",
        "report, pg:Report", "parent, pg:Task", "mentions, pg:Entity", "entity, pg:Entity",
    })
    void contractPropertiesHaveTheirRanges(String property, String range) {
        assertTrue(ask("ASK { pg:" + property + " rdfs:range " + range + " }"));
    }

    @ParameterizedTest(name = "{0} ⊑ {1}")
    @CsvSource({
        "pg:GovernmentBody, org:Organization",
        "pg:ResearchInstitution, org:Organization",
        "pg:Company, org:Organization",
        "pg:OtherOrganization, org:Organization",
        "pg:Person, foaf:Person",
        "pg:Report, prov:Entity",
        "pg:Report, foaf:Document",
        "pg:Policy, prov:Entity",
        "pg:Policy, foaf:Document",
        "pg:Place, dcterms:Location",
        "pg:Place, prov:Location",
        "pg:Park, pg:Place",
        "pg:Park, pg:Entity",
        "pg:GovernmentBody, pg:Entity",
        "pg:ResearchInstitution, pg:Entity",
        "pg:Company, pg:Entity",
        "pg:OtherOrganization, pg:Entity",
        "pg:Person, pg:Entity",
        "pg:Place, pg:Entity",
        "pg:Policy, pg:Entity",
        "pg:Project, pg:Entity",
        "pg:Event, pg:Entity",
    })
    void classHierarchyHolds(String sub, String sup) {
        assertTrue(ask("ASK { " + sub + " rdfs:subClassOf+ " + sup + " }"));
    }

    @Test
    void roleIndividualsAreRoles() {
        for (String role : List.of("Lead", "Partner", "Supports", "Location", "Issuer"))
            assertTrue(ask("ASK { pg:" + role + " a pg:Role , owl:NamedIndividual }"), role);
    }

    @Test
    void everyClassTheShapesTargetIsDeclared() {
        Graph shapes = Ontology.shapes();
        List<String> undeclared = new ArrayList<>();
        shapes.find(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/shacl#targetClass"), Node.ANY)
                .forEach(t -> {
                    if (!ontology.contains(t.getObject(), RDF.type.asNode(), OWL.Class.asNode()))
                        undeclared.add(t.getObject().getURI());
                });
        assertEquals(List.of(), undeclared);
    }

    // --- helpers -------------------------------------------------------------------------

    /** The values of PG's public static Node fields that lie in the pg: namespace. */
    private static List<Node> pgConstants() {
        List<Node> terms = new ArrayList<>();
        for (Field field : PG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || field.getType() != Node.class)
                continue;
            try {
                Node node = (Node) field.get(null);
                if (node.isURI() && node.getURI().startsWith(PG.NS))
                    terms.add(node);
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        }
        assertFalse(terms.isEmpty(), "PG has no pg: constants");
        return terms;
    }

    /** Every pg: IRI the ontology declares as a class, property or individual. */
    private static List<Node> declaredPgTerms() {
        Set<Node> terms = new LinkedHashSet<>();
        for (Node declaration : DECLARATIONS)
            ontology.find(Node.ANY, RDF.type.asNode(), declaration)
                    .filterKeep(t -> t.getSubject().isURI() && t.getSubject().getURI().startsWith(PG.NS))
                    .forEach(t -> terms.add(t.getSubject()));
        return List.copyOf(terms);
    }

    private static boolean isDeclared(Node term) {
        return DECLARATIONS.stream().anyMatch(d -> ontology.contains(term, RDF.type.asNode(), d));
    }

    private static boolean hasLiteral(Node subject, Node property, String lang) {
        return ontology.find(subject, property, Node.ANY)
                .filterKeep(t -> t.getObject().isLiteral() && lang.equals(t.getObject().getLiteralLanguage())
                        && !t.getObject().getLiteralLexicalForm().isBlank())
                .hasNext();
    }

    private static Set<String> localNames(List<Node> terms) {
        Set<String> names = new TreeSet<>();
        terms.forEach(t -> names.add(t.getURI().substring(PG.NS.length())));
        return names;
    }

    private static boolean ask(String query) {
        return QueryExec.graph(ontology).query(PREFIXES + query).ask();
    }
}
