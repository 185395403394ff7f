package org.policygraph.serve.explorer;

import org.policygraph.serve.ServedCorpus;

/**
 * One server holding the sample corpus for every explorer test in the JVM: the tests only read
 * it, and loading the corpus into TDB2 with its text index is the slow part. Closed (and its
 * folder deleted) when the test JVM ends.
 */
final class ServedSample {
    private static ServedCorpus served;

    private ServedSample() {}

    static synchronized ServedCorpus get() {
        if (served == null) {
            ServedCorpus s = ServedCorpus.start();
            Runtime.getRuntime().addShutdownHook(new Thread(s::close, "explorer-tests-server-stop"));
            served = s;
        }
        return served;
    }
}
