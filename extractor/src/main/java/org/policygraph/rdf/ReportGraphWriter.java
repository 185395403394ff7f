package org.policygraph.rdf;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.relate.TaskLink;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportMetadata;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.Task;

/**
 * Stage 7, write: one report as quads in its own named graph (named by the report IRI), sent
 * to whatever {@link StreamRDF} it is given: a file, a dataset, a counter. The writer never
 * knows where the output goes and never calls start/finish, so callers can stream many reports
 * into one sink.
 */
public final class ReportGraphWriter {

    public void write(ExtractedReport r, StreamRDF out) {
        Node report = Iris.report(r.source().fileName());
        Emitter e = new Emitter(out, report);
        CodePoints cp = new CodePoints(r.content());

        e.add(report, RDF.Nodes.type, PG.Report);
        e.add(report, PG.fileName, literal(r.source().fileName()));
        e.add(report, PG.content, literal(r.content()));
        e.add(report, PG.mediaType, literal(r.source().mediaType()));
        e.add(report, PG.sha256, literal(r.source().sha256()));
        writeMetadata(e, report, r.structure().metadata());

        List<Task> tasks = r.structure().tasks();
        for (Task t : tasks) {
            Node task = Iris.task(report, t.index());
            e.add(task, RDF.Nodes.type, PG.Task);
            e.add(task, PG.report, report);
            e.add(task, PG.key, literal(t.key()));
            e.add(task, PG.title, literal(t.title()));
            e.add(task, PG.level, integer(t.level()));
            e.add(task, PG.order, integer(t.index() + 1));
            e.add(task, PG.start, integer(cp.of(t.start())));
            e.add(task, PG.end, integer(cp.of(t.end())));
            if (t.hasParent()) e.add(task, PG.parent, Iris.task(report, t.parent()));
        }

        Set<Integer> sentencesWritten = new HashSet<>();
        Map<Entity, Set<String>> forms = new LinkedHashMap<>();
        for (ResolvedMention rm : r.mentions()) {
            var m = rm.mention();
            Node mention = Iris.mention(report, cp.of(m.start()), cp.of(m.end()));
            Node entity = Iris.entity(rm.entity());
            e.add(mention, RDF.Nodes.type, PG.Mention);
            e.add(mention, PG.entity, entity);
            e.add(mention, PG.report, report);
            e.add(mention, PG.text, literal(m.text()));
            e.add(mention, PG.start, integer(cp.of(m.start())));
            e.add(mention, PG.end, integer(cp.of(m.end())));
            e.add(mention, PG.confidence, NodeFactory.createLiteralDT(java.math.BigDecimal.valueOf(m.confidence()).toPlainString(), XSDDatatype.XSDdecimal));
            e.add(mention, PG.recogniser, literal(m.recogniser()));
            r.structure().innermostTaskAt(m.start()).ifPresent(t -> e.add(mention, PG.task, Iris.task(report, t.index())));
            r.structure().sentenceAt(m.start()).ifPresent(s -> {
                Node sentence = Iris.sentence(report, s.index());
                e.add(mention, PG.sentence, sentence);
                if (sentencesWritten.add(s.index())) writeSentence(e, report, sentence, s, r.content(), cp);
            });
            e.add(report, PG.mentions, entity);
            forms.computeIfAbsent(rm.entity(), k -> new TreeSet<>()).add(m.surface());
        }

        for (Map.Entry<Entity, Set<String>> f : forms.entrySet()) {
            Entity ent = f.getKey();
            Node entity = Iris.entity(ent);
            e.add(entity, RDF.Nodes.type, NodeFactory.createURI(PG.NS + ent.type().localName()));
            e.add(entity, PG.prefLabel, NodeFactory.createLiteralLang(ent.canonicalName(), "zh"));
            for (String form : f.getValue()) {
                if (!form.equals(ent.canonicalName())) e.add(entity, PG.altLabel, NodeFactory.createLiteralLang(form, "zh"));
            }
        }

        for (TaskLink link : r.links()) {
            e.add(Iris.task(report, link.task().index()), PG.mentions, Iris.entity(link.entity()));
        }
    }

    private static void writeMetadata(Emitter e, Node report, ReportMetadata m) {
        m.title().ifPresent(t -> e.add(report, PG.dctTitle, NodeFactory.createLiteralLang(t, "zh")));
        m.date().ifPresent(d -> e.add(report, PG.dctDate, NodeFactory.createLiteralDT(d.lexical(), switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        })));
        m.creator().ifPresent(c -> e.add(report, PG.dctCreator, NodeFactory.createLiteralLang(c, "zh")));
    }

    private static void writeSentence(Emitter e, Node report, Node sentence, Sentence s, String content, CodePoints cp) {
        e.add(sentence, RDF.Nodes.type, PG.Sentence);
        e.add(sentence, PG.report, report);
        e.add(sentence, PG.text, literal(content.substring(s.start(), s.end())));
        e.add(sentence, PG.start, integer(cp.of(s.start())));
        e.add(sentence, PG.end, integer(cp.of(s.end())));
    }

    private static Node literal(String s) {
        return NodeFactory.createLiteralString(s);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }

    /** Sends each triple once, as a quad in the report's graph. */
    private static final class Emitter {
        private final StreamRDF out;
        private final Node graph;
        private final Set<Quad> seen = new HashSet<>();

        Emitter(StreamRDF out, Node graph) {
            this.out = out;
            this.graph = graph;
        }

        void add(Node s, Node p, Node o) {
            Quad q = Quad.create(graph, s, p, o);
            if (seen.add(q)) out.quad(q);
        }
    }
}
