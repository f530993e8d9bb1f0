package io.relations.testkit.service;

import static io.relations.testkit.testing.Outcomes.successOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.model.Denial;
import io.relations.application.model.Outcome;
import io.relations.application.model.RecordedEvent;
import io.relations.application.model.RelationshipChange;
import io.relations.testkit.memory.InMemoryUsers;
import io.relations.testkit.testing.InMemoryApplication;
import io.relations.domain.decision.Refusal;
import io.relations.domain.event.ConnectionRemoved;
import io.relations.domain.event.UserBlocked;
import io.relations.domain.event.UserFollowed;
import io.relations.domain.event.UserUnfollowed;
import io.relations.domain.model.BlockReason;
import io.relations.domain.model.ConnectionStatus;
import io.relations.domain.model.Relationship;
import io.relations.domain.model.UserId;
import io.relations.domain.model.UserPair;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RelationshipCommandServiceTest {

    private static final UserId ALICE = UserId.parse("01900000-0000-7000-8000-000000000001");
    private static final UserId BOB = UserId.parse("01900000-0000-7000-8000-000000000002");
    private static final UserId STRANGER = UserId.of(UUID.fromString("01900000-0000-7000-8000-0000000000ff"));

    private InMemoryApplication app;

    @BeforeEach
    void given_two_known_users() {
        app = new InMemoryApplication();
        app.users.register(ALICE);
        app.users.register(BOB);
    }

    @Test
    void a_follow_records_one_event_with_an_id_a_time_and_the_actor_and_answers_the_new_relationship() {
        Outcome<RelationshipChange> outcome = app.commands.follow(ALICE, BOB);

        assertThat(outcome).isEqualTo(Outcome.success(new RelationshipChange(
                new Relationship(ALICE, BOB, true, false, ConnectionStatus.NONE, false, false), true)));
        assertThat(app.relationships.history()).singleElement().satisfies(recorded -> {
            assertThat(recorded.event()).isEqualTo(new UserFollowed(ALICE, BOB));
            assertThat(recorded.event().actor()).isEqualTo(ALICE);
            assertThat(recorded.id()).isNotNull();
            assertThat(recorded.occurredAt()).isNotNull();
        });
    }

    @Test
    void every_event_of_one_decision_is_recorded_at_the_one_instant_the_kernel_decided_at() {
        app.commands.follow(ALICE, BOB);
        app.commands.follow(BOB, ALICE);

        app.commands.block(ALICE, BOB, BlockReason.NONE);

        assertThat(app.relationships.history().subList(2, 5)).extracting(RecordedEvent::occurredAt).containsOnly(
                app.relationships.history().get(4).occurredAt());
        assertThat(app.relationships.history().get(4).occurredAt()).isAfter(app.relationships.history().get(1).occurredAt());
    }

    @Test
    void a_repeated_command_answers_the_same_relationship_unchanged_and_records_nothing() {
        app.commands.follow(ALICE, BOB);

        Outcome<RelationshipChange> again = app.commands.follow(ALICE, BOB);

        assertThat(successOf(again).changed()).isFalse();
        assertThat(successOf(again).relationship().following()).isTrue();
        assertThat(app.relationships.history()).hasSize(1);
    }

    @Test
    void a_command_is_refused_while_the_module_is_switched_off_and_records_nothing() {
        app.moduleSwitch.switchConnections(false, InMemoryUsers.ADMINISTRATOR);

        assertThat(app.commands.follow(ALICE, BOB)).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
        assertThat(app.relationships.history()).isEmpty();
    }

    @Test
    void the_module_switch_is_checked_before_the_self_relationship() {
        app.moduleSwitch.switchConnections(false, InMemoryUsers.ADMINISTRATOR);

        assertThat(app.commands.follow(ALICE, ALICE)).isEqualTo(Outcome.denied(Denial.MODULE_DISABLED));
    }

    @Test
    void a_command_on_oneself_is_refused() {
        assertThat(app.commands.block(ALICE, ALICE, BlockReason.NONE)).isEqualTo(Outcome.refused(Refusal.SELF_RELATIONSHIP));
        assertThat(app.relationships.history()).isEmpty();
    }

    @Test
    void a_command_on_an_unknown_user_is_refused_and_records_nothing() {
        assertThat(app.commands.requestConnection(ALICE, STRANGER)).isEqualTo(Outcome.denied(Denial.USER_NOT_FOUND));
        assertThat(app.relationships.history()).isEmpty();
    }

    @Test
    void a_command_by_an_actor_deleted_meanwhile_is_refused_as_a_deleted_user_and_records_nothing() {
        app.users.delete(ALICE);

        assertThat(app.commands.follow(ALICE, BOB)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
        assertThat(app.commands.follow(ALICE, STRANGER)).isEqualTo(Outcome.denied(Denial.USER_DELETED));
        assertThat(app.relationships.history()).isEmpty();
        assertThat(app.users.exists(ALICE)).isFalse();
    }

    @Test
    void a_refused_decision_records_nothing() {
        app.commands.block(BOB, ALICE, BlockReason.NONE);
        int before = app.relationships.history().size();

        assertThat(app.commands.follow(ALICE, BOB)).isEqualTo(Outcome.refused(Refusal.BLOCKED));
        assertThat(app.commands.acceptConnectionRequest(ALICE, BOB)).isEqualTo(Outcome.refused(Refusal.NO_PENDING_REQUEST));
        assertThat(app.relationships.history()).hasSize(before);
    }

    @Test
    void a_block_records_the_cascade_in_order_in_one_transaction_with_the_blocker_as_actor() {
        app.commands.follow(ALICE, BOB);
        app.commands.follow(BOB, ALICE);
        app.commands.requestConnection(BOB, ALICE);
        int locksBefore = app.relationships.lockCount(UserPair.of(ALICE, BOB));

        app.commands.block(ALICE, BOB, new BlockReason("spam"));

        assertThat(app.relationships.history().subList(3, 7)).extracting(RecordedEvent::event).containsExactly(
                new UserUnfollowed(ALICE, BOB, ALICE),
                new UserUnfollowed(BOB, ALICE, ALICE),
                new ConnectionRemoved(UserPair.of(ALICE, BOB), ALICE),
                new UserBlocked(ALICE, BOB, new BlockReason("spam")));
        assertThat(app.relationships.lockCount(UserPair.of(ALICE, BOB))).isEqualTo(locksBefore + 1);
    }

    @Test
    void the_answer_is_the_relationship_as_the_actor_sees_it() {
        app.commands.requestConnection(BOB, ALICE);

        Outcome<RelationshipChange> seenByBob = app.commands.requestConnection(BOB, ALICE);
        Outcome<RelationshipChange> acceptedByAlice = app.commands.acceptConnectionRequest(ALICE, BOB);

        assertThat(successOf(seenByBob).relationship().connection()).isEqualTo(ConnectionStatus.PENDING_OUTGOING);
        assertThat(successOf(acceptedByAlice).relationship())
                .isEqualTo(new Relationship(ALICE, BOB, false, false, ConnectionStatus.CONNECTED, false, false));
    }

    @Test
    void every_command_use_case_reaches_its_own_rule() {
        app.commands.follow(BOB, ALICE);
        assertThat(successOf(app.commands.removeFollower(ALICE, BOB)).changed()).isTrue();
        app.commands.follow(ALICE, BOB);
        assertThat(successOf(app.commands.unfollow(ALICE, BOB)).changed()).isTrue();
        app.commands.requestConnection(ALICE, BOB);
        assertThat(successOf(app.commands.cancelConnectionRequest(ALICE, BOB)).changed()).isTrue();
        app.commands.requestConnection(ALICE, BOB);
        assertThat(successOf(app.commands.rejectConnectionRequest(BOB, ALICE)).changed()).isTrue();
        app.commands.requestConnection(ALICE, BOB);
        app.commands.acceptConnectionRequest(BOB, ALICE);
        assertThat(successOf(app.commands.removeConnection(ALICE, BOB)).changed()).isTrue();
        app.commands.block(ALICE, BOB, BlockReason.NONE);
        assertThat(successOf(app.commands.unblock(ALICE, BOB)).changed()).isTrue();
        assertThat(app.relationships.history()).extracting(recorded -> recorded.event().action().code()).containsExactly(
                "follow", "unfollow", "follow", "unfollow", "requested", "removed", "requested", "rejected",
                "requested", "accepted", "removed", "block", "unblock");
    }
}
