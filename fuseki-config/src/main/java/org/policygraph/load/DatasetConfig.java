package org.policygraph.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.vocabulary.RDF;

/**
 * A Fuseki assembler file ({@code fuseki-config/config.ttl} unless another is given) with its
 * storage placed in a data folder: every relative {@code tdb2:location} and
 * {@code text:directory} is read as a path inside the data folder ({@code "."} is the folder
 * itself), so one file serves any {@code --data DIR}. Absolute paths, {@code "mem"} and
 * {@code "--mem--"} locations are kept as written.
 *
 * <p>The file describes one {@code fuseki:Service}; its {@code fuseki:dataset} is the dataset
 * that {@code load}, {@code remove} and {@code serve} all open, so the full-text index is kept
 * by every one of them.
 */
public final class DatasetConfig {
    /** Where the build puts {@code fuseki-config/config.ttl} on the class path. */
    public static final String BUNDLED_RESOURCE = "org/policygraph/fuseki/config.ttl";

    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";

    private final String origin;
    private final Path dataDir;
    private final Model model;
    private final Resource service;
    private final Resource dataset;

    private DatasetConfig(String origin, Path dataDir, Model model) {
        this.origin = origin;
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.model = model;
        AssemblerUtils.prepareForAssembler(model);
        place(model.createProperty(TDB2, "location"));
        place(model.createProperty(TEXT, "directory"));
        List<Resource> services = model.listResourcesWithProperty(RDF.type, model.createResource(FUSEKI + "Service")).toList();
        if (services.size() != 1) throw new IllegalArgumentException(origin + ": expected one fuseki:Service, found " + services.size());
        this.service = services.get(0);
        Statement datasetStatement = service.getProperty(model.createProperty(FUSEKI, "dataset"));
        if (datasetStatement == null || !datasetStatement.getObject().isResource()) {
            throw new IllegalArgumentException(origin + ": the fuseki:Service has no fuseki:dataset");
        }
        this.dataset = datasetStatement.getResource();
    }

    /** PolicyGraph's own configuration, {@code fuseki-config/config.ttl}, over a data folder. */
    public static DatasetConfig bundled(Path dataDir) {
        try (InputStream in = DatasetConfig.class.getClassLoader().getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) throw new IllegalStateException(BUNDLED_RESOURCE + " is not on the class path");
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///policygraph/config.ttl").parse(model);
            return new DatasetConfig("fuseki-config/config.ttl", dataDir, model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An assembler file of one's own, over a data folder. */
    public static DatasetConfig read(Path file, Path dataDir) throws IOException {
        if (!Files.isRegularFile(file)) throw new NoSuchFileException(file.toString(), null, "no configuration file there");
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).parse(model);
        } catch (RiotException e) {
            throw new IllegalArgumentException(file + " is not a Turtle assembler file: " + e.getMessage(), e);
        }
        return new DatasetConfig(file.toString(), dataDir, model);
    }

    /** The bundled file when {@code file} is null, else that file. */
    public static DatasetConfig of(Path file, Path dataDir) throws IOException {
        return file == null ? bundled(dataDir) : read(file, dataDir);
    }

    /** Where the configuration came from, for messages. */
    public String origin() {
        return origin;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The configuration with its paths placed; the server builds its endpoints from it. */
    public Model model() {
        return model;
    }

    /** The {@code fuseki:Service} resource. */
    public Resource service() {
        return service;
    }

    /** The resource describing the service's dataset. */
    public Resource datasetDescription() {
        return dataset;
    }

    /** The service's {@code fuseki:name}: the dataset's path on the server, e.g. {@code policygraph}. */
    public String serviceName() {
        Statement name = service.getProperty(model.createProperty(FUSEKI, "name"));
        if (name == null || !name.getObject().isLiteral()) throw new IllegalArgumentException(origin + ": the fuseki:Service has no fuseki:name");
        return name.getString().replaceFirst("^/+", "");
    }

    /** Opens the dataset the configuration describes (for the bundled file: TDB2 with its text index), creating its folders. */
    public DatasetGraph assemble() throws IOException {
        Files.createDirectories(dataDir);
        Dataset ds = DatasetFactory.assemble(dataset);
        return ds.asDatasetGraph();
    }

    /** Rewrites every relative path value of the property to a path inside the data folder. */
    private void place(Property property) {
        for (Statement s : model.listStatements(null, property, (RDFNode) null).toList()) {
            if (!s.getObject().isLiteral()) continue;
            Literal value = s.getLiteral();
            String path = value.getLexicalForm();
            if (path.equals("mem") || path.startsWith("--mem--") || Path.of(path).isAbsolute()) continue;
            String placed = dataDir.resolve(path).normalize().toString();
            s.changeObject(placed);
        }
    }
}
