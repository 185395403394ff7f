package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.ontology.PG;
import org.policygraph.recognise.EntityType;
import org.policygraph.resolve.Entity;

/** Entity IRIs depend on type and canonical name only, keep Chinese readable, and are valid IRIs. */
class IrisTest {

    @Test
    void sameTypeAndNameGiveTheSameIriAcrossCalls() {
        Node a = Iris.entity(new Entity(EntityType.PARK, "中关村科学城"));
        Node b = Iris.entity(new Entity(EntityType.PARK, new String("中关村科学城".toCharArray())));
        assertEquals(a, b);
        assertEquals(a.getURI(), b.getURI());
    }

    @Test
    void typeOrNameChangesTheIri() {
        Node park = Iris.entity(new Entity(EntityType.PARK, "中关村科学城"));
        assertNotEquals(park, Iris.entity(new Entity(EntityType.PLACE, "中关村科学城")));
        assertNotEquals(park, Iris.entity(new Entity(EntityType.PARK, "怀柔科学城")));
    }

    @Test
    void chineseIsKeptAsIs() {
        String iri = Iris.entity(new Entity(EntityType.GOVERNMENT_BODY, "北京市海淀区人民政府")).getURI();
        assertTrue(iri.startsWith(PG.DATA), iri);
        assertTrue(iri.endsWith("/北京市海淀区人民政府"), iri);
        assertFalse(iri.contains("%"), iri);
    }

    @Test
    void spacesQuotesHashesAndSlashesArePercentEncoded() {
        String name = "关于新时代深化科技体制改革 加快推进\"全国科技创新中心\"建设#1/2";
        String iri = Iris.entity(new Entity(EntityType.POLICY, name)).getURI();
        String last = iri.substring(iri.lastIndexOf('/') + 1);
        assertEquals("关于新时代深化科技体制改革%20加快推进%22全国科技创新中心%22建设%231%2F2", last);
        assertEquals(PG.DATA + "policy/" + last, iri, "the name must stay one path segment");
    }

    @Test
    void ideographicSpaceIsEncodedAsUtf8() {
        String iri = Iris.entity(new Entity(EntityType.EVENT, "中关村\u3000论坛")).getURI();
        assertTrue(iri.endsWith("/中关村%E3%80%80论坛"), iri);
    }

    @Test
    void mintedIrisParseAsRdf() {
        Node e = Iris.entity(new Entity(EntityType.POLICY, "《条例》 <草案> {2019} | a\\b ^ `x` [1] 100% ?"));
        Node r = Iris.report("099 report #1.txt");
        String nt = "<" + r.getURI() + "> <" + PG.mentions.getURI() + "> <" + e.getURI() + "> .\n";
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(nt, Lang.NTRIPLES).parse(g); // strict N-Triples rejects characters IRIs may not hold
        assertEquals(1, g.size());
    }

    @Test
    void reportTaskMentionAndSentenceIrisHangOffTheReport() {
        Node r = Iris.report("000_28d4d448e5e08362.txt");
        assertEquals(PG.DATA + "report/000_28d4d448e5e08362.txt", r.getURI());
        assertEquals(r.getURI() + "/task/1", Iris.task(r, 0).getURI());
        assertEquals(r.getURI() + "/sentence/3", Iris.sentence(r, 2).getURI());
        assertEquals(r.getURI() + "/mention/120-123", Iris.mention(r, 120, 123).getURI());
    }
}
