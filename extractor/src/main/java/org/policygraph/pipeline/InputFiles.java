package org.policygraph.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Expands the command line's inputs: files as given, folders recursively to the report files inside, sorted. */
public final class InputFiles {
    /** Extensions of report files picked up inside folders; a file named directly is always tried. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "docx", "pdf");

    private InputFiles() {}

    /** The files to read; inputs that do not exist are returned too, so the reader reports them. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(InputFiles::isReportFile).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static boolean isReportFile(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
