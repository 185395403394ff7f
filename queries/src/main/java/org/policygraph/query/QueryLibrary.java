package org.policygraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The researchers' SPARQL queries: the {@code *.rq} files at the root of the queries module,
 * bundled into the jar under {@code org/policygraph/queries/}, each named by its file name
 * without {@code .rq}. Every query is read and checked when the library is loaded, so a bad
 * header or a syntax error is found at once. The queries expect the union default graph: the
 * default graph is the union of the reports' named graphs.
 */
public final class QueryLibrary {
    /** Where the bundled queries sit on the class path. */
    public static final String RESOURCE_FOLDER = "org/policygraph/queries/";
    private static final String SUFFIX = ".rq";

    private final TreeMap<String, NamedQuery> queries = new TreeMap<>();

    private QueryLibrary(Collection<NamedQuery> queries) {
        for (NamedQuery q : queries) {
            if (this.queries.put(q.name(), q) != null) throw new IllegalArgumentException("two queries named " + q.name());
        }
    }

    public static QueryLibrary of(Collection<NamedQuery> queries) {
        return new QueryLibrary(queries);
    }

    /** The queries bundled with PolicyGraph. */
    public static QueryLibrary bundled() {
        List<NamedQuery> found = new ArrayList<>();
        try {
            Path location = Path.of(QueryLibrary.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                Path folder = location.resolve(RESOURCE_FOLDER);
                if (Files.isDirectory(folder)) {
                    try (Stream<Path> files = Files.list(folder)) {
                        for (Path f : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList()) {
                            found.add(NamedQuery.of(nameOf(f.getFileName().toString()), Files.readString(f, StandardCharsets.UTF_8)));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    Enumeration<JarEntry> entries = jar.entries();
                    while (entries.hasMoreElements()) {
                        JarEntry e = entries.nextElement();
                        String path = e.getName();
                        if (!path.startsWith(RESOURCE_FOLDER) || !path.endsWith(SUFFIX)) continue;
                        String file = path.substring(RESOURCE_FOLDER.length());
                        if (file.contains("/")) continue;
                        try (InputStream in = jar.getInputStream(e)) {
                            found.add(NamedQuery.of(nameOf(file), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled queries", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the bundled queries", e);
        }
        if (found.isEmpty()) throw new IllegalStateException("no queries found under " + RESOURCE_FOLDER + " on the class path");
        return new QueryLibrary(found);
    }

    /** Reads one {@code .rq} file (a researcher's own, with the same header), named by its file name. */
    public static NamedQuery readFile(Path file) throws IOException {
        return NamedQuery.of(nameOf(file.getFileName().toString()), Files.readString(file, StandardCharsets.UTF_8));
    }

    private static String nameOf(String fileName) {
        return fileName.endsWith(SUFFIX) ? fileName.substring(0, fileName.length() - SUFFIX.length()) : fileName;
    }

    /** Every query, by name. */
    public List<NamedQuery> all() {
        return List.copyOf(queries.values());
    }

    public List<String> names() {
        return List.copyOf(queries.keySet());
    }

    public Optional<NamedQuery> find(String name) {
        return Optional.ofNullable(queries.get(name));
    }

    /** The query with that name, or an error that lists the names there are. */
    public NamedQuery get(String name) {
        NamedQuery q = queries.get(name);
        if (q == null) throw new IllegalArgumentException("no query named " + name + " (the library has: " + String.join(", ", queries.keySet()) + ")");
        return q;
    }
}
