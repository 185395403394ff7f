package org.policygraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.auth.AdminCredentials;
import org.policygraph.serve.PolicyGraphServer;
import org.policygraph.serve.ServerSettings;

/** {@code policygraph load} and {@code remove}, offline into a data folder and over {@code --endpoint} to a running server. */
class LoadAndRemoveCommandTest {
    private static final String REPORT_000 = "000_28d4d448e5e08362.txt";
    private static final String REPORT_001 = "001_43f4887ca2300bf0.txt";
    private static final String REPORT_003 = "003_fe27a2d5279c6e1c.txt";
    private static final Pattern HOLDS = Pattern.compile("holds (\\d+) reports, (\\d+) tasks, (\\d+) mentions, (\\d+) entities, (\\d+) triples");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
        /** The counts of the "… holds N reports, …" line. */
        String holding() {
            Matcher m = HOLDS.matcher(out);
            assertTrue(m.find(), out + err);
            return m.group();
        }

        long reports() {
            Matcher m = HOLDS.matcher(out);
            assertTrue(m.find(), out + err);
            return Long.parseLong(m.group(1));
        }
    }

    private static Run run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PolicyGraphCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true), env).execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static Path corpus(String file) {
        return Path.of(System.getProperty("policygraph.root"), "corpus", file);
    }

    @Test
    void theLoadedFolderAnswersFullTextSearchWithoutAServer() {
        String data = temp.resolve("data").toString();
        assertEquals(0, run(Map.of(), "load", "--data", data, corpus(REPORT_000).toString()).exit());
        String search = Path.of(System.getProperty("policygraph.root"), "fuseki-config", "text-search.rq").toString();
        Run found = run(Map.of(), "query", search, "--param", "words=中关村", "--data", data, "--format", "csv");
        assertEquals(0, found.exit(), found.err());
        List<String> rows = found.out().lines().toList();
        assertEquals("report,key,title,sentence,score,task", rows.get(0));
        assertTrue(rows.size() > 5, found.out());
        assertTrue(rows.stream().skip(1).allMatch(r -> r.startsWith(REPORT_000 + ",") && r.contains("中关村")), found.out());
        // the library's queries read the union of the report graphs through the same dataset
        Run library = run(Map.of(), "query", "reports", "--data", data, "--format", "csv");
        assertEquals(0, library.exit(), library.err());
        assertTrue(library.out().lines().skip(1).anyMatch(r -> r.startsWith(REPORT_000)), library.out());
    }

    @Test
    void offlineLoadAddsAndReplacesAndRemoveDeletesOneReport() {
        String data = temp.resolve("data").toString();
        Run first = run(Map.of(), "load", "--data", data, corpus(REPORT_000).toString());
        assertEquals(0, first.exit(), first.err());
        assertEquals(1, first.reports());
        Run again = run(Map.of(), "load", "--data", data, corpus(REPORT_000).toString());
        assertEquals(first.holding(), again.holding(), "loading the same report twice changes no count");
        assertTrue(again.err().contains("unchanged"), again.err());

        Run all = run(Map.of(), "load", "--data", data, corpus(REPORT_001).toString(), corpus(REPORT_003).toString());
        assertEquals(3, all.reports());

        Run byName = run(Map.of(), "remove", "--data", data, REPORT_000);
        assertEquals(0, byName.exit(), byName.err());
        assertTrue(byName.out().contains("removed https://w3id.org/policygraph/id/report/" + REPORT_000), byName.out());
        assertEquals(2, byName.reports());
        Run byIri = run(Map.of(), "remove", "--data", data, "https://w3id.org/policygraph/id/report/" + REPORT_001);
        assertEquals(1, byIri.reports());
        Run gone = run(Map.of(), "remove", "--data", data, "corpus/" + REPORT_000);
        assertEquals(ExitCodes.INPUT_FAILED, gone.exit());
        assertTrue(gone.err().contains("no report https://w3id.org/policygraph/id/report/" + REPORT_000), gone.err());
    }

    @Test
    void overTheEndpointWithThePasswordFromTheEnvironment() throws IOException {
        AdminCredentials admin = AdminCredentials.of("cli-test-password");
        try (PolicyGraphServer server = PolicyGraphServer.open(ServerSettings.of(0, temp.resolve("served"), admin))) {
            server.start();
            String url = server.datasetUrl();
            Map<String, String> env = Map.of(AdminCredentials.PASSWORD_VARIABLE, admin.password());

            Run anonymous = run(Map.of(), "load", "--endpoint", url, corpus(REPORT_003).toString());
            assertEquals(ExitCodes.FAILED, anonymous.exit());
            assertTrue(anonymous.err().contains("401") && anonymous.err().contains("POLICYGRAPH_PASSWORD"), anonymous.err());
            assertEquals(0, server.store().summary().reports(), "nothing changed");

            Run load = run(env, "load", "--endpoint", url, corpus(REPORT_003).toString());
            assertEquals(0, load.exit(), load.err());
            assertEquals(1, load.reports());
            assertEquals(1, server.store().summary().reports());

            Run remove = run(env, "remove", "--endpoint", url + "/sparql", REPORT_003);
            assertEquals(0, remove.exit(), remove.err());
            assertEquals(0, remove.reports());
            assertEquals(0, server.store().summary().reports());

            Run busy = run(Map.of(), "load", "--data", temp.resolve("served").toString(), corpus(REPORT_003).toString());
            assertEquals(ExitCodes.FAILED, busy.exit());
            assertTrue(busy.err().contains("--endpoint"), "says how to load into a running server: " + busy.err());
        }
    }

    @Test
    void theCommandLineIsChecked() {
        assertEquals(ExitCodes.USAGE, run(Map.of(), "load", "--endpoint", "http://localhost:1/x", "--data", temp.toString(), "x.txt").exit());
        assertEquals(ExitCodes.USAGE, run(Map.of(), "remove", "--endpoint", "ftp://localhost/x", "x.txt").exit());
        assertEquals(ExitCodes.USAGE, run(Map.of(), "load").exit());
    }
}
