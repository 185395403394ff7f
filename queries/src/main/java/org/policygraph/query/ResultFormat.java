package org.policygraph.query;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.Prologue;

/** How query results are written: a text table for people, CSV for spreadsheets, SPARQL JSON for programs. */
public enum ResultFormat {
    /** Aligned text columns, IRIs shortened with the query's prefixes. */
    TABLE {
        @Override
        public void write(ResultSet results, Prologue prologue, OutputStream out) {
            ResultSetFormatter.out(out, results, prologue);
        }

        @Override
        public void write(boolean answer, OutputStream out) {
            ResultSetFormatter.out(out, answer);
        }
    },
    /** SPARQL 1.1 CSV: a header row of variable names, then lexical forms. */
    CSV {
        @Override
        public void write(ResultSet results, Prologue prologue, OutputStream out) {
            ResultSetFormatter.outputAsCSV(out, results);
        }

        @Override
        public void write(boolean answer, OutputStream out) {
            ResultSetFormatter.outputAsCSV(out, answer);
        }
    },
    /** SPARQL 1.1 query results JSON. */
    JSON {
        @Override
        public void write(ResultSet results, Prologue prologue, OutputStream out) {
            ResultSetFormatter.outputAsJSON(out, results);
        }

        @Override
        public void write(boolean answer, OutputStream out) {
            ResultSetFormatter.outputAsJSON(out, answer);
        }
    };

    public abstract void write(ResultSet results, Prologue prologue, OutputStream out);

    public abstract void write(boolean answer, OutputStream out);

    /** The format a name gives ({@code table}, {@code csv}, {@code json}, any case), or an error listing them. */
    public static ResultFormat parse(String name) {
        for (ResultFormat f : values()) {
            if (f.name().equalsIgnoreCase(name)) return f;
        }
        throw new IllegalArgumentException("unknown format " + name + " (one of " + String.join(", ",
                Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList()) + ")");
    }
}
