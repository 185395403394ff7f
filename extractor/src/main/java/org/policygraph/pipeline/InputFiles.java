package org.policygraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Expands the command line's inputs: files as given, folders recursively to the report files
 * inside, sorted. Hidden files and folders (a leading dot: {@code .git}, editors' lock files)
 * are passed over in silence; other files of no report format are listed as skipped, so the
 * user hears about them.
 */
public final class InputFiles {
    /** Extensions of report files picked up inside folders; a file named directly is always tried. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "docx", "pdf");

    /** The files to read, and the files inside folders that are not reports. */
    public record Scan(List<Path> files, List<Path> skipped) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
        }
    }

    private InputFiles() {}

    /** The files to read; inputs that do not exist are returned too, so the reader reports them. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return scan(inputs).files();
    }

    public static Scan scan(List<Path> inputs) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            try (Stream<Path> walk = Files.walk(p)) {
                walk.filter(Files::isRegularFile).filter(f -> !hidden(p, f)).sorted()
                        .forEach(f -> (isReportFile(f) ? files : skipped).add(f));
            }
        }
        return new Scan(files, skipped);
    }

    static boolean isReportFile(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** A file or folder under the root whose name starts with a dot. */
    private static boolean hidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
