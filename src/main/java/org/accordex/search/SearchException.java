package org.accordex.search;

/** A query or index problem the user can fix: no index at the path, or a query the parser rejects. */
public class SearchException extends Exception {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
