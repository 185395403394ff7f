package org.policygraph.ontology;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.path.Path;

/**
 * Checks PolicyGraph data against the SHACL shapes. The shapes are parsed once, when the
 * validator is built; a validator holds no other state and can be reused.
 */
public final class ShapeValidator {
    /** Prefixes used to shorten IRIs in problem messages. */
    private static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("pg", PG.NS)
            .setNsPrefix("skos", PG.SKOS)
            .setNsPrefix("prov", PG.PROV)
            .setNsPrefix("dcterms", PG.DCT)
            .setNsPrefixes(PrefixMapping.Standard)
            .lock();

    /** Longest value quoted in a problem line, and longest message: a value may be a whole report. */
    private static final int MAX_VALUE_LENGTH = 80;
    private static final int MAX_MESSAGE_LENGTH = 300;

    private final Shapes shapes;
    private final PrefixMap prefixMap = PrefixMapFactory.create(PREFIXES);
    private final Prologue prologue = new Prologue(PREFIXES);

    /** A validator for the shapes bundled with this module. */
    public ShapeValidator() {
        this(Ontology.shapes());
    }

    /** A validator for other shapes, such as a stricter set in a test. */
    public ShapeValidator(Graph shapesGraph) {
        this.shapes = Shapes.parse(Objects.requireNonNull(shapesGraph, "shapesGraph"));
    }

    /** Validates one graph: for PolicyGraph output, the union of all report graphs. */
    public ValidationResult validate(Graph data) {
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<String> problems = report.getEntries().stream()
                .sorted(Comparator.comparing((ReportEntry e) -> format(e.focusNode()))
                        .thenComparing(e -> format(e.resultPath()))
                        .thenComparing(e -> Objects.toString(e.message(), "")))
                .map(this::describe)
                .distinct()
                .toList();
        return new ValidationResult(report.conforms(), problems);
    }

    /**
     * Validates the union of a dataset's named graphs, one per report, so that constraints can
     * follow links across reports. The default graph is not included. For a transactional
     * dataset (TDB2), call this inside a read transaction.
     */
    public ValidationResult validate(DatasetGraph dataset) {
        return validate(dataset.getUnionGraph());
    }

    /** One line: focus node, path, message, and the offending value where the message does not show it. */
    private String describe(ReportEntry entry) {
        String message = abbreviate(
                Objects.toString(entry.message(), "constraint " + format(entry.sourceConstraintComponent())),
                MAX_MESSAGE_LENGTH);
        String line = format(entry.focusNode()) + " " + format(entry.resultPath()) + ": " + message;
        if (entry.value() != null) {
            String value = abbreviate(format(entry.value()), MAX_VALUE_LENGTH);
            String plain = plain(entry.value());
            boolean shown = message.contains(value) || (!plain.isEmpty() && message.contains(plain));
            if (!shown)
                line += " (value " + value + ")";
        }
        return line.replaceAll("\\s+", " ").strip();
    }

    /** A node as messages usually quote it: the lexical form of a literal, the IRI of a resource. */
    private static String plain(Node node) {
        return node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    /** Keeps a problem line readable; cuts at a code point boundary so no half surrogate pair is left. */
    private static String abbreviate(String text, int max) {
        if (text.length() <= max)
            return text;
        int cut = Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
        return text.substring(0, cut) + "…";
    }

    private String format(Node node) {
        return node == null ? "-" : NodeFmtLib.str(node, prefixMap);
    }

    private String format(Path path) {
        return path == null ? "-" : path.toString(prologue);
    }
}
