package org.policygraph.serve.explorer;

import org.policygraph.query.QueryRunner;
import org.policygraph.serve.ServedCorpus;

/**
 * One server holding the sample corpus for every explorer test in the JVM: the tests only read
 * it, and loading the corpus into TDB2 with its text index is the slow part. Warmed up as
 * {@code serve} warms itself ({@link ExplorerWarmUp}) before any test uses it. Closed (and its
 * folder deleted) when the test JVM ends.
 */
final class ServedSample {
    private static ServedCorpus served;

    private ServedSample() {}

    static synchronized ServedCorpus get() {
        if (served == null) {
            ServedCorpus s = ServedCorpus.start();
            // as `serve` does after it starts: the pages' times are those of a server past its JIT's warm-up
            ExplorerWarmUp.run(QueryRunner.remote(s.sparql()), ExplorerWarmUp.DEFAULT_ROUNDS, ExplorerWarmUp.DEFAULT_BUDGET);
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "explorer-tests-server-stop"));
            served = s;
        }
        return served;
    }
}
