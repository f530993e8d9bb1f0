package io.relations.testkit.contract;

import io.relations.application.port.out.BlockLists;
import io.relations.application.port.out.ChangeLog;
import io.relations.application.port.out.ConnectionLists;
import io.relations.application.port.out.ConsumerPositions;
import io.relations.application.port.out.FollowLists;
import io.relations.application.port.out.HistoryReader;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.PairTransactions;
import io.relations.application.port.out.RelationshipLookups;
import io.relations.application.port.out.UserDirectory;
import io.relations.application.port.out.UserStatistics;
import java.util.Objects;

/**
 * One implementation of every outbound port, over one storage: what {@link RelationshipPortsContract}
 * checks, and what the application's services are wired on. One object may implement several
 * ports; all must see the same data.
 *
 * @param pairTransactions the command path: a command's transaction with its pair locked
 * @param moduleSwitch     the {@code connections_enabled} setting
 * @param users            the users relationships may name
 * @param ids              ids of history rows
 * @param followLists      followers and followed users
 * @param connectionLists  accepted connections and pending requests
 * @param blockLists       a user's own blocks
 * @param statistics       the counts of followers, followed users and connections
 * @param history          a user's history, by kind
 * @param lookups          the batch lookup of the actor's pairs
 * @param changeLog        the change log every transaction of the other ports writes
 * @param consumerPositions the change log's consumers' positions and claims
 */
public record RelationshipPorts(
        PairTransactions pairTransactions,
        ModuleSwitch moduleSwitch,
        UserDirectory users,
        IdGenerator ids,
        FollowLists followLists,
        ConnectionLists connectionLists,
        BlockLists blockLists,
        UserStatistics statistics,
        HistoryReader history,
        RelationshipLookups lookups,
        ChangeLog changeLog,
        ConsumerPositions consumerPositions) {

    /**
     * The ports of one storage; none may be null.
     *
     * @param pairTransactions the command path
     * @param moduleSwitch     the module switch
     * @param users            the user directory
     * @param ids              ids of history rows
     * @param followLists      followers and followed users
     * @param connectionLists  connections and pending requests
     * @param blockLists       own blocks
     * @param statistics       the counts
     * @param history          the history
     * @param lookups          the batch lookup
     * @param changeLog        the change log
     * @param consumerPositions the consumers' positions
     */
    public RelationshipPorts {
        Objects.requireNonNull(pairTransactions, "pairTransactions");
        Objects.requireNonNull(moduleSwitch, "moduleSwitch");
        Objects.requireNonNull(users, "users");
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(followLists, "followLists");
        Objects.requireNonNull(connectionLists, "connectionLists");
        Objects.requireNonNull(blockLists, "blockLists");
        Objects.requireNonNull(statistics, "statistics");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(lookups, "lookups");
        Objects.requireNonNull(changeLog, "changeLog");
        Objects.requireNonNull(consumerPositions, "consumerPositions");
    }
}
