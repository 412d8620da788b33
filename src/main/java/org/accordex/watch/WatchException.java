package org.accordex.watch;

/** A watch request that cannot be done as asked: an unknown name, a name taken or not allowed. */
public class WatchException extends Exception {
    public enum Reason { BAD_NAME, NAME_TAKEN, UNKNOWN }

    private final Reason reason;

    public WatchException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
