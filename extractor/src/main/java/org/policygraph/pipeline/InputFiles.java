package org.policygraph.pipeline;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.policygraph.read.UnreadableInputException;

/**
 * Expands the command line's inputs: files as given, folders recursively to the report files
 * inside, sorted. Hidden files and folders (a leading dot: {@code .git}, editors' lock files)
 * are passed over in silence; other files of no report format are listed as skipped, so the
 * user hears about them; a folder that cannot be listed (no permission) is listed as unreadable
 * and the walk goes on with the rest.
 */
public final class InputFiles {
    /** Extensions of report files picked up inside folders; a file named directly is always tried. */
    public static final Set<String> REPORT_EXTENSIONS = Set.of("txt", "text", "html", "htm", "docx", "pdf");

    /** Walks a folder's tree, as {@link Files#walkFileTree(Path, FileVisitor)} does; tests put a failing folder in the way. */
    @FunctionalInterface
    public interface TreeWalk {
        void walk(Path start, FileVisitor<Path> visitor) throws IOException;
    }

    static final TreeWalk FILE_SYSTEM = Files::walkFileTree;

    /** The files to read, the files inside folders that are not reports, and the folders that could not be listed. */
    public record Scan(List<Path> files, List<Path> skipped, List<UnreadableInputException> unreadable) {
        public Scan {
            files = List.copyOf(files);
            skipped = List.copyOf(skipped);
            unreadable = List.copyOf(unreadable);
        }
    }

    private InputFiles() {}

    /** The files to read; inputs that do not exist are returned too, so the reader reports them. Unlistable folders are left out. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        return scan(inputs).files();
    }

    public static Scan scan(List<Path> inputs) throws IOException {
        return scan(inputs, FILE_SYSTEM);
    }

    static Scan scan(List<Path> inputs, TreeWalk walk) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> skipped = new ArrayList<>();
        List<UnreadableInputException> unreadable = new ArrayList<>();
        for (Path p : inputs) {
            if (!Files.isDirectory(p)) {
                files.add(p);
                continue;
            }
            Folder folder = new Folder(p);
            walk.walk(p, folder);
            folder.files.sort(Comparator.naturalOrder());
            folder.skipped.sort(Comparator.naturalOrder());
            files.addAll(folder.files);
            skipped.addAll(folder.skipped);
            unreadable.addAll(folder.unreadable);
        }
        return new Scan(oncePerReport(files), skipped, unreadable);
    }

    /**
     * Each file after the first of its name, as the failure it is: a report is known by its file name
     * (its IRI, what load replaces), so a second file of one name would mix its graph into the first's
     * or replace it. Which is first is the input order.
     */
    public static Map<Path, UnreadableInputException> laterOfOneName(List<Path> files) {
        Map<String, Path> first = new HashMap<>();
        Map<Path, UnreadableInputException> later = new IdentityHashMap<>();
        for (Path f : files) {
            if (f.getFileName() == null) continue;
            Path earlier = first.putIfAbsent(f.getFileName().toString(), f);
            if (earlier != null) later.put(f, new UnreadableInputException(f, "same file name as " + earlier + "; reports are identified by file name"));
        }
        return later;
    }

    /** Each file once: a folder and a file in it may both be given. */
    private static List<Path> oncePerReport(List<Path> files) {
        Map<Path, Path> byPath = new LinkedHashMap<>();
        for (Path f : files) byPath.putIfAbsent(f.toAbsolutePath().normalize(), f);
        return new ArrayList<>(byPath.values());
    }

    static boolean isReportFile(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && !name.startsWith(".") && REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** One input folder's walk: what it holds, and what could not be listed (reported, then passed over). */
    private static final class Folder extends SimpleFileVisitor<Path> {
        private final Path root;
        final List<Path> files = new ArrayList<>();
        final List<Path> skipped = new ArrayList<>();
        final List<UnreadableInputException> unreadable = new ArrayList<>();

        Folder(Path root) {
            this.root = root;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            // a link to a report counts as the report
            if (!hidden(file) && Files.isRegularFile(file)) (isReportFile(file) ? files : skipped).add(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!hidden(file)) unreadable.add(new UnreadableInputException(file, reason(e)));
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (e != null) unreadable.add(new UnreadableInputException(dir, reason(e)));
            return FileVisitResult.CONTINUE;
        }

        private static boolean hidden(Path p) {
            return p.getFileName() != null && p.getFileName().toString().startsWith(".");
        }

        private static String reason(IOException e) {
            if (e instanceof AccessDeniedException) return "cannot list the folder: permission denied";
            return "cannot list the folder: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
        }
    }
}
