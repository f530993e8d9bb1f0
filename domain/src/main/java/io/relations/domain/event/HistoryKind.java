package io.relations.domain.event;

/** The three relationship kinds, each with its own current-state table and history. */
public enum HistoryKind {
    /** Follows and unfollows. */
    FOLLOWS,
    /** Connection requests and what became of them. */
    CONNECTIONS,
    /** Blocks and unblocks. */
    BLOCKS
}
