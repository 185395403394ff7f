package org.policygraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.policygraph.load.RemoteStoreException;
import org.policygraph.load.StoreSummary;

/** What {@code load} and {@code remove} both say: the store's counts after the change, and why a store could not be used. */
final class StoreCommands {
    private final String command;
    private final PrintWriter err;

    StoreCommands(String command, PrintWriter err) {
        this.command = command;
        this.err = err;
    }

    void printHolding(PrintWriter out, String where, StoreSummary s) {
        out.printf("%s holds %d reports, %d tasks, %d mentions, %d entities, %d triples%n",
                where, s.reports(), s.tasks(), s.mentions(), s.entities(), s.triples());
        out.flush();
    }

    int usage(String problem) {
        err.println("policygraph " + command + ": " + problem);
        return ExitCodes.USAGE;
    }

    /** One line that says what failed and what to do; the exit code. */
    int failed(StoreOptions where, Exception e) {
        if (e instanceof IllegalArgumentException) return usage(e.getMessage());
        if (e instanceof RemoteStoreException) {
            err.println("policygraph " + command + ": " + e.getMessage());
        } else if (where.endpoint == null) {
            err.println("policygraph " + command + ": cannot use the data folder " + where.describe() + ": " + Causes.rootMessage(e)
                    + (e instanceof IOException ? "" : " (if a server is using it, stop it or give --endpoint URL)"));
        } else {
            err.println("policygraph " + command + ": " + where.describe() + ": " + Causes.rootMessage(e));
        }
        return ExitCodes.FAILED;
    }
}
