package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders expand recursively to their report files, sorted; files named directly are kept, even missing ones. */
class InputFilesTest {
    @TempDir
    Path root;

    @BeforeEach
    void makeTree() throws IOException {
        Path sub = Files.createDirectories(root.resolve("2019").resolve("海淀"));
        Path other = Files.createDirectories(root.resolve("2018"));
        for (Path p : List.of(root.resolve("b.txt"), root.resolve("a.html"), root.resolve("C.TXT"), sub.resolve("report.docx"),
                sub.resolve("report.pdf"), sub.resolve("报告.htm"), other.resolve("x.text"),
                // not reports
                sub.resolve("chart.png"), root.resolve(".hidden.txt"), sub.resolve(".~lock.report.docx"), root.resolve("notes"),
                root.resolve("data.csv"), root.resolve("txt"))) {
            Files.writeString(p, "第1项:推进园区建设。");
        }
        Files.createDirectories(root.resolve("empty.txt")); // a folder named like a report
    }

    @Test
    void folderExpandsToItsReportFilesSortedAtEveryDepth() throws IOException {
        assertEquals(List.of(
                        root.resolve("2018/x.text"),
                        root.resolve("2019/海淀/report.docx"),
                        root.resolve("2019/海淀/report.pdf"),
                        root.resolve("2019/海淀/报告.htm"),
                        root.resolve("C.TXT"),
                        root.resolve("a.html"),
                        root.resolve("b.txt")),
                InputFiles.expand(List.of(root)));
    }

    @Test
    void filesNamedDirectlyAreKeptAsGivenEvenMissingOrNotReports() throws IOException {
        Path missing = root.resolve("no-such-report.txt");
        Path png = root.resolve("2019/海淀/chart.png");
        assertEquals(List.of(root.resolve("b.txt"), missing, png),
                InputFiles.expand(List.of(root.resolve("b.txt"), missing, png)));
    }

    @Test
    void inputsKeepTheirOrderAndFoldersExpandInPlace() throws IOException {
        Path missing = root.resolve("missing.txt");
        assertEquals(List.of(root.resolve("b.txt"), root.resolve("2018/x.text"), missing),
                InputFiles.expand(List.of(root.resolve("b.txt"), root.resolve("2018"), missing)));
    }

    @Test
    void emptyFolderGivesNothing() throws IOException {
        assertEquals(List.of(), InputFiles.expand(List.of(Files.createDirectory(root.resolve("nothing")))));
    }

    @Test
    void hiddenFoldersArePassedOverAndOtherFilesListedAsSkipped() throws IOException {
        Path git = Files.createDirectories(root.resolve(".git").resolve("logs"));
        Files.writeString(git.resolve("HEAD.txt"), "not a report");
        InputFiles.Scan scan = InputFiles.scan(List.of(root));
        assertEquals(InputFiles.expand(List.of(root)), scan.files());
        assertEquals(List.of(root.resolve("2019/海淀/chart.png"), root.resolve("data.csv"), root.resolve("notes"), root.resolve("txt")),
                scan.skipped());
    }

    @Test
    void aFolderThatCannotBeListedIsReportedAndTheRestIsStillFound() throws IOException {
        Path denied = root.resolve("2019");
        // the JDK's walk, except that "2019" cannot be opened: as the JDK does then, visitFileFailed instead of a visit
        InputFiles.TreeWalk walk = (start, visitor) -> InputFiles.FILE_SYSTEM.walk(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (dir.equals(denied)) {
                    visitor.visitFileFailed(dir, new AccessDeniedException(dir.toString()));
                    return FileVisitResult.SKIP_SUBTREE;
                }
                return visitor.preVisitDirectory(dir, attrs);
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(file, attrs);
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                return visitor.visitFileFailed(file, e);
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                return visitor.postVisitDirectory(dir, e);
            }
        });
        InputFiles.Scan scan = InputFiles.scan(List.of(root), walk);
        assertEquals(List.of(root.resolve("2018/x.text"), root.resolve("C.TXT"), root.resolve("a.html"), root.resolve("b.txt")), scan.files());
        assertEquals(1, scan.unreadable().size());
        assertEquals(denied, scan.unreadable().get(0).path());
        assertEquals(denied + ": cannot list the folder: permission denied", scan.unreadable().get(0).getMessage());
    }

    @Test
    void aHiddenFolderIsNotEvenOpened() throws IOException {
        Path git = Files.createDirectories(root.resolve(".git"));
        List<Path> opened = new java.util.ArrayList<>();
        InputFiles.scan(List.of(root), (start, visitor) -> InputFiles.FILE_SYSTEM.walk(start, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                FileVisitResult r = visitor.preVisitDirectory(dir, attrs);
                if (r == FileVisitResult.CONTINUE) opened.add(dir);
                return r;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                return visitor.visitFile(file, attrs);
            }
        }));
        assertTrue(opened.contains(root.resolve("2019")));
        assertFalse(opened.contains(git), "an unreadable .git would not be reported either");
    }
}
