package org.policygraph.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.query.QueryRunner;

/**
 * Queries a data folder that {@code load} or {@code serve} built, as the server would: with its
 * full-text index where the folder has one, so that {@code text:query} works without a server.
 */
public final class StoreQueries {
    /** The index's folder inside the data folder, as {@code fuseki-config/config.ttl} places it. */
    static final String TEXT_INDEX = "text-index";

    private StoreQueries() {}

    /**
     * A runner over the folder's TDB2 database, with its text index if it has one; close it when
     * done, so that the index's write lock is released.
     *
     * @throws NoSuchFileException if the folder holds no TDB2 database (nothing is created)
     */
    public static QueryRunner open(Path folder) throws NoSuchFileException {
        if (!QueryRunner.isTdb2Database(folder)) throw new NoSuchFileException(folder.toString(), null, "no TDB2 database there");
        if (!Files.isDirectory(folder.resolve(TEXT_INDEX))) return QueryRunner.tdb2(folder);
        try {
            DatasetGraph dataset = DatasetConfig.bundled(folder).assemble();
            return QueryRunner.local(DatasetFactory.wrap(dataset), "TDB2 database " + folder + " with its text index").closing(() -> {
                // the index and its write lock, and the folder, for the next to open them in this JVM
                dataset.close();
                TDBInternal.expel(ReportStore.tdb2Under(dataset));
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
