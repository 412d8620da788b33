package org.accordex.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process, built as {@code main} builds it, and captures what it prints. */
public record Cli(int exitCode, String out, String err) {
    public static Cli run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.create(new PrintWriter(out, true), new PrintWriter(err, true), args).execute(args);
        return new Cli(code, out.toString(), err.toString());
    }
}
