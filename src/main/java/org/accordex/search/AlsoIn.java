package org.accordex.search;

import java.util.List;

/**
 * The same pledge in other documents: how many, their ids and the ids of the commitments there, each sorted.
 * {@code {"documents": 2, "ids": ["3f…", "a9…"], "commitments": ["c1…", "d4…"]}}.
 */
public record AlsoIn(int documents, List<String> ids, List<String> commitments) {
    public AlsoIn {
        ids = List.copyOf(ids);
        commitments = List.copyOf(commitments);
    }
}
