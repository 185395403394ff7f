package org.policygraph.query;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.policygraph.ontology.PG;

/**
 * What RDF term a query parameter's value becomes, as its header declares it:
 * {@code # param: label (zh) — …}. The value is always turned into a term, never pasted into
 * the query's text.
 */
public enum ParamKind {
    /** A plain string literal ({@code xsd:string}): file names, task keys, words to search for. */
    STRING("string") {
        @Override
        Node term(String value) {
            return NodeFactory.createLiteralString(value);
        }
    },
    /** A Chinese-language literal ({@code "…"@zh}), as entity labels are written. */
    ZH("zh") {
        @Override
        Node term(String value) {
            return NodeFactory.createLiteralLang(value, "zh");
        }
    },
    /** An absolute IRI, such as an entity's or a task's. */
    IRI("iri") {
        @Override
        Node term(String value) {
            IRIx iri;
            try {
                iri = IRIx.create(value);
            } catch (IRIException e) {
                throw new IllegalArgumentException("not an IRI: " + value + " (" + e.getMessage() + ")");
            }
            if (!iri.isAbsolute()) throw new IllegalArgumentException("not an absolute IRI: " + value);
            return NodeFactory.createURI(iri.str());
        }
    },
    /** An entity type by its class name ({@code Park}, {@code pg:Park}, any case), bound to the pg: class IRI. */
    TYPE("type") {
        @Override
        Node term(String value) {
            String name = value.startsWith("pg:") ? value.substring(3) : value;
            Node type = ENTITY_TYPES.get(name.toLowerCase(Locale.ROOT));
            if (type == null) {
                throw new IllegalArgumentException("unknown entity type: " + value + " (one of " + String.join(", ", entityTypeNames()) + ")");
            }
            return type;
        }
    };

    private static final Map<String, Node> ENTITY_TYPES = new LinkedHashMap<>();

    static {
        for (Node type : List.of(PG.Park, PG.GovernmentBody, PG.ResearchInstitution, PG.Company, PG.OtherOrganization,
                PG.Policy, PG.Project, PG.Event, PG.Place, PG.Person)) {
            ENTITY_TYPES.put(type.getLocalName().toLowerCase(Locale.ROOT), type);
        }
    }

    private final String keyword;

    ParamKind(String keyword) {
        this.keyword = keyword;
    }

    /** The word that names the kind in a query header. */
    public String keyword() {
        return keyword;
    }

    /**
     * The RDF term for a value.
     *
     * @throws IllegalArgumentException if the value cannot be a term of this kind
     */
    abstract Node term(String value);

    /** The class names a {@link #TYPE} parameter accepts, in the output contract's order. */
    public static List<String> entityTypeNames() {
        return ENTITY_TYPES.values().stream().map(Node::getLocalName).toList();
    }

    /** The kind a header names, or an error listing the kinds. */
    public static ParamKind forKeyword(String keyword) {
        for (ParamKind k : values()) {
            if (k.keyword.equals(keyword)) return k;
        }
        throw new IllegalArgumentException("unknown parameter kind '" + keyword + "' (one of string, zh, iri, type)");
    }
}
