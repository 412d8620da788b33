package org.accordex.cli;

import java.io.PrintWriter;
import java.util.List;

import org.accordex.annotate.Annotator;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code accordex} command line: a thin shell over the pipeline stages. */
@Command(name = "accordex", mixinStandardHelpOptions = true, version = "accordex 0.1.0",
        description = "Extracts commitments (parties, minerals, instruments, deadlines, modality) from agreement "
                + "texts, indexes them with Lucene and searches and exports them.")
public final class Main implements Runnable {
    /** The subcommands, in the order the usage lists them. */
    private static final List<Class<?>> COMMANDS = List.of(IndexCommand.class, ServeCommand.class, AnnotateCommand.class,
            SearchCommand.class, ExportCommand.class, DeadlinesCommand.class, WatchCommand.class, StatusCommand.class,
            CorrectionsCommand.class, SolrInitCommand.class, EvalCommand.class, TrainCommand.class, BenchCommand.class,
            CommandLine.HelpCommand.class);

    /**
     * Exit codes: 0 success, 1 some input failed (the rest was processed), 2 usage (a bad option or query, a missing
     * or locked index), 4 an internal error: a bug or a broken index, never blamed on an input file.
     */
    public static final int OK = 0;
    public static final int SOME_FAILED = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 4;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print its stack trace.")
    boolean debug;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every subcommand and the given writers, so tests can capture what it prints. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, COMMANDS);
    }

    /**
     * Builds the command line for these arguments: when they name a subcommand, with that one alone. Picocli reads
     * every registered command's options by reflection at start-up, a quarter of a one-file {@code annotate}'s time.
     */
    static CommandLine create(PrintWriter out, PrintWriter err, String[] args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && args[0].equals(command.getAnnotation(Command.class).name())
                    && command != CommandLine.HelpCommand.class) {
                return create(out, err, List.of(command));
            }
        }
        return create(out, err, COMMANDS);
    }

    private static CommandLine create(PrintWriter out, PrintWriter err, List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter errors = commandLine.getErr();
            int code = exitCode(e);
            if (code == INTERNAL) {
                boolean debug = parseResult.originalArgs().contains("--debug");
                errors.println("accordex: internal error: " + Failure.internalMessage(e)
                        + (debug ? "" : " (run with --debug for the stack trace)"));
                if (debug) {
                    e.printStackTrace(errors);
                }
            } else {
                errors.println("accordex: " + Failure.message(e));
            }
            errors.flush();
            return code;
        });
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine c = e.getCommandLine();
            c.getErr().println("accordex: " + e.getMessage());
            c.getErr().println("Try 'accordex " + (c.getCommandName().equals("accordex") ? "" : c.getCommandName() + " ")
                    + "--help' for more information.");
            return USAGE;
        });
        return cli;
    }

    /** What an exception that reached the command line means for its caller. */
    static int exitCode(Exception e) {
        if (e instanceof Failure f) {
            return f.exitCode();
        }
        if (e instanceof org.accordex.search.SearchException || e instanceof org.accordex.index.IndexLockedException) {
            return USAGE;
        }
        return INTERNAL;
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("annotate")) {
            // before the command line is read: picocli's reflection and the models' reading then share the two cores
            Annotator.preloadActionModels();
        }
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = create(out, err, args).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
