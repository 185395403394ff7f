package org.policygraph.rdf;

import java.util.HashMap;
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
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.policygraph.ontology.PG;
import org.policygraph.pipeline.ExtractedReport;
import org.policygraph.pipeline.PolicyGraphVersion;
import org.policygraph.relate.figure.Figure;
import org.policygraph.relate.role.Involvement;
import org.policygraph.relate.role.Role;
import org.policygraph.relate.TaskLink;
import org.policygraph.resolve.Entity;
import org.policygraph.resolve.ResolvedMention;
import org.policygraph.structure.ReportMetadata;
import org.policygraph.structure.Sentence;
import org.policygraph.structure.StatedDate;
import org.policygraph.structure.Task;
import org.policygraph.structure.TaskSpans;

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
        Sentences sentences = (s) -> {
            Node node = Iris.sentence(report, s.index());
            if (sentencesWritten.add(s.index())) writeSentence(e, report, node, s, r.content(), cp);
            return node;
        };
        Map<Entity, Set<String>> forms = new LinkedHashMap<>();
        TaskSpans spans = r.structure().taskSpans();
        Set<Node> mentionsWritten = new HashSet<>();
        Set<Node> entitiesMentioned = new HashSet<>();
        for (ResolvedMention rm : r.mentions()) {
            var m = rm.mention();
            Node mention = Iris.mention(report, cp.of(m.start()), cp.of(m.end()));
            Node entity = Iris.entity(rm.entity());
            mentionsWritten.add(mention);
            entitiesMentioned.add(entity);
            e.add(mention, RDF.Nodes.type, PG.Mention);
            e.add(mention, PG.entity, entity);
            e.add(mention, PG.report, report);
            e.add(mention, PG.text, literal(m.text()));
            e.add(mention, PG.start, integer(cp.of(m.start())));
            e.add(mention, PG.end, integer(cp.of(m.end())));
            e.add(mention, PG.confidence, decimal(java.math.BigDecimal.valueOf(m.confidence())));
            e.add(mention, PG.recogniser, literal(m.recogniser()));
            spans.innermostAt(m.start()).ifPresent(t -> e.add(mention, PG.task, Iris.task(report, t.index())));
            r.structure().sentenceAt(m.start()).ifPresent(s -> e.add(mention, PG.sentence, sentences.node(s)));
            e.add(report, PG.mentions, entity);
            forms.computeIfAbsent(rm.entity(), k -> new TreeSet<>()).add(m.surface());
        }

        // the report's size, so that listing reports reads three values rather than counting the store
        e.add(report, PG.taskCount, integer(tasks.size()));
        e.add(report, PG.entityCount, integer(entitiesMentioned.size()));
        e.add(report, PG.mentionCount, integer(mentionsWritten.size()));

        for (Map.Entry<Entity, Set<String>> f : forms.entrySet()) writeEntity(e, f.getKey(), f.getValue());

        // each task's entities counted too, so that listing tasks with their sizes reads one value per task
        Map<Integer, Set<Node>> linked = new HashMap<>();
        for (TaskLink link : r.links()) {
            Node entity = Iris.entity(link.entity());
            e.add(Iris.task(report, link.task().index()), PG.mentions, entity);
            linked.computeIfAbsent(link.task().index(), k -> new HashSet<>()).add(entity);
        }
        for (Task t : tasks) {
            e.add(Iris.task(report, t.index()), PG.entityCount, integer(linked.getOrDefault(t.index(), Set.of()).size()));
        }

        for (Involvement inv : r.involvements()) {
            writeInvolvement(e, report, inv, sentences.node(inv.sentence()), cp);
            if (!forms.containsKey(inv.entity())) writeEntity(e, inv.entity(), Set.of());
        }
        for (Figure f : r.figures()) writeFigure(e, report, f, sentences.node(f.sentence()), cp);
        writeProvenance(e, report, r);
    }

    /** Writes a sentence node the first time it is needed and names it. */
    private interface Sentences {
        Node node(Sentence s);
    }

    private static void writeInvolvement(Emitter e, Node report, Involvement inv, Node sentence, CodePoints cp) {
        Node node = Iris.involvement(report, inv);
        Node entity = Iris.entity(inv.entity());
        Node shortcut = NodeFactory.createURI(PG.NS + inv.role().shortcut());
        if (inv.role() == Role.ISSUER) {
            e.add(Iris.entity(inv.policy().orElseThrow()), shortcut, entity);
            e.add(node, PG.policy, Iris.entity(inv.policy().get()));
        } else {
            e.add(Iris.task(report, inv.task().orElseThrow().index()), shortcut, entity);
        }
        e.add(node, RDF.Nodes.type, PG.Involvement);
        inv.task().ifPresent(t -> e.add(node, PG.task, Iris.task(report, t.index())));
        e.add(node, PG.entity, entity);
        e.add(node, PG.role, NodeFactory.createURI(PG.NS + inv.role().individual()));
        var m = inv.evidence().mention();
        e.add(node, PG.mention, Iris.mention(report, cp.of(m.start()), cp.of(m.end())));
        e.add(node, PG.sentence, sentence);
        e.add(node, PG.cue, literal(inv.cue()));
    }

    private static void writeFigure(Emitter e, Node report, Figure f, Node sentence, CodePoints cp) {
        Node node = Iris.figure(report, cp.of(f.start()), cp.of(f.end()));
        e.add(Iris.task(report, f.task().index()), PG.figure, node);
        e.add(node, RDF.Nodes.type, PG.Figure);
        e.add(node, PG.task, Iris.task(report, f.task().index()));
        e.add(node, PG.text, literal(f.text()));
        e.add(node, PG.start, integer(cp.of(f.start())));
        e.add(node, PG.end, integer(cp.of(f.end())));
        e.add(node, PG.sentence, sentence);
        f.value().ifPresent(v -> e.add(node, PG.value, decimal(v)));
        f.unit().ifPresent(u -> e.add(node, PG.unit, literal(u)));
        f.counts().ifPresent(c -> e.add(node, PG.counts, literal(c)));
        f.date().ifPresent(d -> e.add(node, PG.date, dateLiteral(d)));
    }

    /** PROV-O: the report was generated by an extraction run of this PolicyGraph version, which used the source file. */
    private static void writeProvenance(Emitter e, Node report, ExtractedReport r) {
        Node activity = Iris.extraction(report);
        Node source = Iris.sourceFile(report);
        String version = PolicyGraphVersion.current();
        Node software = Iris.software(version);
        e.add(report, PG.wasGeneratedBy, activity);
        e.add(activity, RDF.Nodes.type, PG.Extraction);
        e.add(activity, PG.endedAtTime, NodeFactory.createLiteralDT(r.extractedAt().toString(), XSDDatatype.XSDdateTime));
        e.add(activity, PG.used, source);
        e.add(activity, PG.wasAssociatedWith, software);
        e.add(source, RDF.Nodes.type, PG.ProvEntity);
        e.add(source, PG.fileName, literal(r.source().fileName()));
        e.add(source, PG.sha256, literal(r.source().sha256()));
        e.add(source, PG.mediaType, literal(r.source().mediaType()));
        e.add(software, RDF.Nodes.type, PG.SoftwareAgent);
        e.add(software, RDFS.Nodes.label, literal("PolicyGraph " + version));
        e.add(software, PG.softwareVersion, literal(version));
        r.year().ifPresent(y -> e.add(report, PG.year, NodeFactory.createLiteralDT(Integer.toString(y), XSDDatatype.XSDgYear)));
    }

    private static void writeEntity(Emitter e, Entity ent, Set<String> forms) {
        Node entity = Iris.entity(ent);
        e.add(entity, RDF.Nodes.type, NodeFactory.createURI(PG.NS + ent.type().localName()));
        e.add(entity, PG.prefLabel, NodeFactory.createLiteralLang(ent.canonicalName(), "zh"));
        for (String form : forms) {
            if (!form.equals(ent.canonicalName())) e.add(entity, PG.altLabel, NodeFactory.createLiteralLang(form, "zh"));
        }
    }

    private static void writeMetadata(Emitter e, Node report, ReportMetadata m) {
        m.title().ifPresent(t -> e.add(report, PG.dctTitle, NodeFactory.createLiteralLang(t, "zh")));
        m.date().ifPresent(d -> e.add(report, PG.dctDate, dateLiteral(d)));
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

    /** A date typed by its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    private static Node dateLiteral(StatedDate d) {
        return NodeFactory.createLiteralDT(d.lexical(), switch (d.precision()) {
            case DAY -> XSDDatatype.XSDdate;
            case MONTH -> XSDDatatype.XSDgYearMonth;
            case YEAR -> XSDDatatype.XSDgYear;
        });
    }

    /** The canonical form (400.0), the one a store gives back, so a stored graph equals the written one. */
    private static Node decimal(java.math.BigDecimal d) {
        return NodeFactory.createLiteralDT(XSDFuncOp.canonicalDecimalStr(d), XSDDatatype.XSDdecimal);
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
