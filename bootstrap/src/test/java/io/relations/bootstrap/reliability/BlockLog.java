package io.relations.bootstrap.reliability;

import io.relations.domain.model.UserId;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The blocks and unblocks a load sent, per (blocker, blocked) pair, with when each was sent and
 * answered as the client saw it; safe for many threads. From these times alone it tells when a
 * block was surely in place: the client cannot see when the server committed, only that it did
 * so between sending and answer.
 */
final class BlockLog {

    private record Command(Route route, long sentAt, long answeredAt, int status) {
    }

    private final Map<List<UserId>, Queue<Command>> pairs = new ConcurrentHashMap<>();

    /** Records a {@link Route#BLOCK} or {@link Route#UNBLOCK} of {@code blocked} by {@code blocker}. */
    void record(Route route, UserId blocker, UserId blocked, Answer answer) {
        if (route != Route.BLOCK && route != Route.UNBLOCK) {
            throw new IllegalArgumentException("not a block or an unblock: " + route);
        }
        // No answer: the command may still take effect at any later time.
        long answeredAt = answer.status() == Answer.NO_ANSWER ? Long.MAX_VALUE : answer.sentAtNanos() + answer.tookNanos();
        pairs.computeIfAbsent(List.of(blocker, blocked), pair -> new ConcurrentLinkedQueue<>())
                .add(new Command(route, answer.sentAtNanos(), answeredAt, answer.status()));
    }

    /**
     * Whether {@code blocker} surely blocked {@code blocked} from the moment {@code read} was sent
     * until it was answered: some block was answered 200 (changed or not) before the read was sent,
     * and no unblock could have taken effect after that block and before the answer, that is none
     * was sent before the read was answered and answered (or never) after that block was sent.
     */
    boolean inPlaceThroughout(UserId blocker, UserId blocked, Answer read) {
        long readSentAt = read.sentAtNanos();
        long readAnsweredAt = read.sentAtNanos() + read.tookNanos();
        List<Command> commands = List.copyOf(pairs.getOrDefault(List.of(blocker, blocked), new ConcurrentLinkedQueue<>()));
        return commands.stream()
                .filter(block -> block.route() == Route.BLOCK && block.status() == 200 && block.answeredAt() < readSentAt)
                .anyMatch(block -> commands.stream().noneMatch(unblock -> unblock.route() == Route.UNBLOCK
                        && unblock.sentAt() < readAnsweredAt && unblock.answeredAt() > block.sentAt()));
    }

    /** Blocks answered 200, over all pairs. */
    long blocksAnswered() {
        return pairs.values().stream().flatMap(Queue::stream)
                .filter(command -> command.route() == Route.BLOCK && command.status() == 200).count();
    }
}
