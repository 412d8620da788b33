package org.accordex.cli;

/** An error the user can act on: printed as one line "accordex: message", never as a stack trace. */
final class Failure extends RuntimeException {
    private final int exitCode;

    Failure(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    Failure(String message) {
        this(message, Main.USAGE);
    }

    int exitCode() {
        return exitCode;
    }

    /** One line for an unexpected exception: its kind and message, or its innermost cause's. */
    static String internalMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return root.getClass().getSimpleName() + (m == null ? "" : ": " + m.replaceAll("\\s+", " ").strip());
    }

    /** One line for any exception: its own message, or the innermost cause's. */
    static String message(Throwable e) {
        if (e instanceof Failure) {
            return e.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = root.getMessage();
        return (m == null ? root.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }
}
