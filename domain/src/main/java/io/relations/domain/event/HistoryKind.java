package io.relations.domain.event;

/** The three relationship kinds, each with its own current-state table and history. */
public enum HistoryKind {
    FOLLOWS,
    CONNECTIONS,
    BLOCKS
}
