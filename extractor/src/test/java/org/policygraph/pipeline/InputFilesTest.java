package org.policygraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
