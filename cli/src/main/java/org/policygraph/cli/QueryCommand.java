package org.policygraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.query.Query;
import org.policygraph.query.NamedQuery;
import org.policygraph.query.QueryLibrary;
import org.policygraph.query.QueryParam;
import org.policygraph.query.QueryParameterException;
import org.policygraph.query.QueryParameters;
import org.policygraph.load.StoreQueries;
import org.policygraph.query.QueryRunner;
import org.policygraph.query.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code policygraph query NAME [--param KEY=VALUE]... [--format table|csv|json] [--endpoint URL] [--data DIR]}:
 * runs a query of the library, its parameters bound as RDF terms, against the local TDB2
 * database or a SPARQL endpoint; {@code policygraph query --list} lists the queries.
 */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a query of the library against the local TDB2 database or a SPARQL endpoint.",
                "The default graph is the union of the reports' graphs; run `policygraph query --list` to see the queries."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:answered (or listed)", "2:wrong command line: unknown query, missing, unknown or invalid parameter",
                "3:the database or endpoint could not be queried"})
final class QueryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "NAME",
            description = "A query of the library (see --list), or the path of an .rq file with the same header comment.")
    String name;

    @Option(names = "--list", description = "List the queries: names, titles and parameters.")
    boolean list;

    // a list split here rather than picocli's Map, which warns about quotes in values such as " } ; DROP ALL #
    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter's value; repeat for each parameter.")
    List<String> params = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", converter = FormatConverter.class,
            description = "table, csv or json (SPARQL results JSON); default: ${DEFAULT-VALUE}.")
    ResultFormat format;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Query this SPARQL endpoint (a Fuseki service with the union default graph) instead of the local database.")
    String endpoint;

    @Option(names = "--data", paramLabel = "DIR", description = "The data folder: TDB2, with its text index if it has one (default: data/tdb2 in the PolicyGraph folder).")
    Path data;

    @Option(names = "--show", description = "Print the query with its parameters bound instead of running it.")
    boolean show;

    static final class FormatConverter implements ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            return ResultFormat.parse(value);
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (list) {
            list(out, QueryLibrary.bundled());
            return ExitCodes.OK;
        }
        if (name == null) return usage(err, "name a query, or run `policygraph query --list` to see them");
        if (endpoint != null && data != null) return usage(err, "give --endpoint or --data, not both");

        Map<String, String> values = new LinkedHashMap<>();
        for (String p : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) return usage(err, "--param " + p + ": write it as NAME=VALUE");
            values.put(p.substring(0, eq).strip(), p.substring(eq + 1));
        }
        NamedQuery named;
        Query query;
        try {
            named = named(name);
            query = QueryParameters.of(values).bind(named);
        } catch (QueryParameterException e) {
            return usage(err, e.getMessage() + " (give each as --param NAME=VALUE)");
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        } catch (IOException e) {
            err.println("policygraph query: cannot read " + name + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (show) {
            out.print(query.serialize());
            out.flush();
            return ExitCodes.OK;
        }

        QueryRunner runner;
        if (endpoint != null) {
            try {
                runner = QueryRunner.remote(endpoint);
            } catch (IllegalArgumentException e) {
                return usage(err, "--endpoint: " + e.getMessage());
            }
        } else {
            Path folder = data != null ? data : ProjectHome.defaultDatabase();
            try {
                runner = StoreQueries.open(folder);
            } catch (NoSuchFileException e) {
                err.println("policygraph query: there is no TDB2 database at " + folder
                        + "; build it with `policygraph load` or `policygraph serve`, give its folder with --data DIR, "
                        + "or query a running server with --endpoint URL");
                return ExitCodes.FAILED;
            } catch (RuntimeException e) {
                err.println("policygraph query: cannot open the database at " + folder + ": " + e.getMessage()
                        + " (if a server is using it, query the server with --endpoint URL)");
                return ExitCodes.FAILED;
            }
        }

        ByteArrayOutputStream results = new ByteArrayOutputStream();
        try (runner) {
            runner.write(query, format, results);
        } catch (RuntimeException e) {
            err.println("policygraph query: " + named.name() + " failed on " + runner.source() + ": " + e.getMessage());
            return ExitCodes.FAILED;
        }
        out.print(results.toString(StandardCharsets.UTF_8));
        out.flush();
        return ExitCodes.OK;
    }

    /** A bundled query, or an .rq file when the name is the path of one. */
    private static NamedQuery named(String name) throws IOException {
        Path file = Path.of(name);
        if (name.endsWith(".rq") && Files.isRegularFile(file)) return QueryLibrary.readFile(file);
        QueryLibrary library = QueryLibrary.bundled();
        return library.find(name).orElseThrow(() -> new IllegalArgumentException(
                "no query named " + name + "; run `policygraph query --list` to see them (" + String.join(", ", library.names()) + ")"));
    }

    private static void list(PrintWriter out, QueryLibrary library) {
        for (NamedQuery q : library.all()) {
            out.println(q.name() + " — " + q.title());
            for (QueryParam p : q.params()) {
                out.println("    --param " + p.name() + "=…  (" + p.kind().keyword() + ") " + p.description());
            }
        }
        out.println();
        out.println("Run one with: policygraph query NAME [--param NAME=VALUE]... [--format table|csv|json] [--endpoint URL]");
        out.println("Parameter kinds: string = text as written; zh = a name, matched as a @zh label; "
                + "iri = an absolute IRI; type = an entity type such as Park.");
        out.flush();
    }

    private int usage(PrintWriter err, String message) {
        err.println("policygraph query: " + message);
        err.flush();
        return ExitCodes.USAGE;
    }
}
