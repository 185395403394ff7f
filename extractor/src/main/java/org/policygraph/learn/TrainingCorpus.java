package org.policygraph.learn;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;
import org.policygraph.eval.GoldReport;
import org.policygraph.pipeline.Extractor;
import org.policygraph.read.UnreadableInputException;

/**
 * The annotated reports: every {@code <report>.gold.json} of the gold folder with the report it
 * names in the reports folder, prepared by the extractor and labelled by {@link LabelProjection}.
 */
public final class TrainingCorpus {
    private final List<TrainingReport> reports;
    private final String sha256;

    private TrainingCorpus(List<TrainingReport> reports, String sha256) {
        this.reports = List.copyOf(reports);
        this.sha256 = sha256;
    }

    public List<TrainingReport> reports() { return reports; }

    /** SHA-256 over the gold files and the reports they name, in file-name order: what a model records it was trained on. */
    public String sha256() { return sha256; }

    /** @param progress told the name of each report as it is prepared */
    public static TrainingCorpus load(Path goldDir, Path reportDir, Extractor extractor, Consumer<String> progress)
            throws IOException, UnreadableInputException {
        List<Path> golds = goldFiles(goldDir);
        List<TrainingReport> out = new ArrayList<>();
        for (Path g : golds) {
            GoldReport gold = GoldReport.read(g);
            Path report = reportDir.resolve(gold.document());
            if (!Files.isRegularFile(report)) throw new IOException("no report " + report + " for " + g);
            if (progress != null) progress.accept(gold.document());
            Extractor.Prepared p = extractor.prepare(report);
            out.add(new TrainingReport(gold.document(), p, gold, LabelProjection.tags(p.text(), gold)));
        }
        return new TrainingCorpus(out, sha256(golds, reportDir));
    }

    /** The gold files of a folder, sorted by name; an error when there are none. */
    public static List<Path> goldFiles(Path goldDir) throws IOException {
        List<Path> golds = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(goldDir, "*.gold.json")) {
            ds.forEach(golds::add);
        }
        if (golds.isEmpty()) throw new IOException("no *.gold.json files in " + goldDir);
        golds.sort(null);
        return golds;
    }

    /** The SHA-256 of the training data in two folders, as {@link #sha256()} computes it. */
    public static String sha256(Path goldDir, Path reportDir) throws IOException {
        return sha256(goldFiles(goldDir), reportDir);
    }

    private static String sha256(List<Path> golds, Path reportDir) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        for (Path g : golds) {
            String document = GoldReport.read(g).document();
            for (Path f : List.of(g, reportDir.resolve(document))) {
                digest.update(f.getFileName().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = new DigestInputStream(Files.newInputStream(f), digest)) {
                    in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
