package io.relations.application.service;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipChange;
import io.relations.application.port.in.AcceptConnectionRequestUseCase;
import io.relations.application.port.in.BlockUseCase;
import io.relations.application.port.in.CancelConnectionRequestUseCase;
import io.relations.application.port.in.DisconnectUseCase;
import io.relations.application.port.in.FollowUseCase;
import io.relations.application.port.in.RejectConnectionRequestUseCase;
import io.relations.application.port.in.RemoveConnectionUseCase;
import io.relations.application.port.in.RemoveFollowerUseCase;
import io.relations.application.port.in.RequestConnectionUseCase;
import io.relations.application.port.in.UnblockUseCase;
import io.relations.application.port.in.UnfollowUseCase;
import io.relations.application.model.PairFacts;
import io.relations.application.port.out.IdGenerator;
import io.relations.application.port.out.LockedPair;
import io.relations.application.port.out.ModuleSwitch;
import io.relations.application.port.out.PairTransactions;
import io.relations.domain.decision.AcceptConnectionRequest;
import io.relations.domain.decision.Block;
import io.relations.domain.decision.CancelConnectionRequest;
import io.relations.domain.decision.Command;
import io.relations.domain.decision.Decision;
import io.relations.domain.decision.DecisionContext;
import io.relations.domain.decision.Disconnect;
import io.relations.domain.decision.Follow;
import io.relations.domain.decision.Refusal;
import io.relations.domain.decision.RejectConnectionRequest;
import io.relations.domain.decision.RelationshipKernel;
import io.relations.domain.decision.RemoveConnection;
import io.relations.domain.decision.RemoveFollower;
import io.relations.domain.decision.RequestConnection;
import io.relations.domain.decision.Unblock;
import io.relations.domain.decision.Unfollow;
import io.relations.domain.event.RelationshipEvent;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.PairState;
import io.relations.domain.model.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Every command follows the same path: not oneself → lock the pair and read its facts (module,
 * both users, the pair's state) → module switched on → both users known → decide → record the
 * events → answer the relationship as the actor sees it, all in one transaction. The refusals
 * come in DESIGN's order: module, self, deleted actor, unknown target; the module and the users
 * are the application's denials ({@link io.relations.application.model.Denial}), the rest the
 * kernel's refusals. The kernel decides at the clock's instant, which the events are recorded at.
 *
 * <p>An exception of a port (a {@code CorruptPairException}, say) reaches the caller as thrown,
 * and nothing of that command stays recorded. The service holds no state of its own, so it is as
 * safe to share between threads as its ports are; commands on one pair are serialised by
 * {@link PairTransactions}.
 */
public final class RelationshipCommandService
        implements FollowUseCase, UnfollowUseCase, RemoveFollowerUseCase,
                   RequestConnectionUseCase, AcceptConnectionRequestUseCase, RejectConnectionRequestUseCase,
                   CancelConnectionRequestUseCase, RemoveConnectionUseCase, DisconnectUseCase,
                   BlockUseCase, UnblockUseCase {

    private final PairTransactions pairs;
    private final ModuleSwitch moduleSwitch;
    private final IdGenerator ids;
    private final Clock clock;

    /**
     * The service on its ports.
     *
     * @param pairs        runs each command under its pair's lock
     * @param moduleSwitch read only for a command on oneself, which has no pair to lock
     * @param ids          the ids of the recorded events
     * @param clock        the instant each command is decided and recorded at
     * @throws NullPointerException if any of them is null
     */
    public RelationshipCommandService(PairTransactions pairs, ModuleSwitch moduleSwitch, IdGenerator ids, Clock clock) {
        this.pairs = Objects.requireNonNull(pairs, "pairs");
        this.moduleSwitch = Objects.requireNonNull(moduleSwitch, "moduleSwitch");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Outcome<RelationshipChange> follow(UserId actor, UserId target) {
        return execute(new Follow(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> unfollow(UserId actor, UserId target) {
        return execute(new Unfollow(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> removeFollower(UserId actor, UserId target) {
        return execute(new RemoveFollower(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> requestConnection(UserId actor, UserId target) {
        return execute(new RequestConnection(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> acceptConnectionRequest(UserId actor, UserId target) {
        return execute(new AcceptConnectionRequest(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> rejectConnectionRequest(UserId actor, UserId target) {
        return execute(new RejectConnectionRequest(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> cancelConnectionRequest(UserId actor, UserId target) {
        return execute(new CancelConnectionRequest(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> removeConnection(UserId actor, UserId target) {
        return execute(new RemoveConnection(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> disconnect(UserId actor, UserId target) {
        return execute(new Disconnect(actor, target));
    }

    @Override
    public Outcome<RelationshipChange> block(UserId actor, UserId target, BlockReason reason) {
        return execute(new Block(actor, target, reason));
    }

    @Override
    public Outcome<RelationshipChange> unblock(UserId actor, UserId target) {
        return execute(new Unblock(actor, target));
    }

    private Outcome<RelationshipChange> execute(Command command) {
        if (command.actor().equals(command.target())) {
            // No pair to lock; the module switch still comes first, as for every command.
            return moduleSwitch.connectionsEnabled() ? Outcome.refused(Refusal.SELF_RELATIONSHIP) : Outcome.denied(Denial.MODULE_DISABLED);
        }
        return pairs.withPairLocked(command.actor(), command.target(), locked -> decide(command, locked));
    }

    private Outcome<RelationshipChange> decide(Command command, LockedPair locked) {
        PairFacts facts = locked.facts();
        // Read under the lock, which a switch of the module waits for: no command that starts
        // after a switch writes under the old setting.
        if (!facts.connectionsEnabled()) {
            return Outcome.denied(Denial.MODULE_DISABLED);
        }
        // The actor first: a deleted caller (whose token still passes, and whom a cache may still
        // think registered) is told so, and learns nothing about the target.
        if (!facts.actorKnown()) {
            return Outcome.denied(Denial.USER_DELETED);
        }
        if (!facts.targetKnown()) {
            return Outcome.denied(Denial.USER_NOT_FOUND);
        }
        Instant now = clock.instant();
        Decision decision = RelationshipKernel.decide(DecisionContext.of(facts.state(), now), command);
        return switch (decision.kind()) {
            case CHANGED -> {
                locked.record(recorded(decision.events(), now));
                yield answer(decision.state(), command, true);
            }
            case UNCHANGED -> answer(decision.state(), command, false);
            case REFUSED -> Outcome.refused(decision.refusal().orElseThrow());
        };
    }

    /** The events are recorded at the instant they were decided at. */
    private List<RecordedEvent> recorded(List<RelationshipEvent> events, Instant now) {
        return events.stream().map(event -> new RecordedEvent(ids.newId(), event, now)).toList();
    }

    private static Outcome<RelationshipChange> answer(PairState state, Command command, boolean changed) {
        return Outcome.success(new RelationshipChange(state.seenBy(command.actor()), changed));
    }
}
