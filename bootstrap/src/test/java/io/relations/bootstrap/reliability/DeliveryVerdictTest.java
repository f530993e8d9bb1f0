package io.relations.bootstrap.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.relations.application.change.ChangePosition;
import io.relations.bootstrap.reliability.CommittedChanges.Change;
import io.relations.bootstrap.reliability.DeliveryVerdict.Arrival;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fault run's judge on its own (unit): what it calls missing, invented and out of order. */
class DeliveryVerdictTest {

    private static final Change A1 = change("a1", "pair:a", 1);
    private static final Change B1 = change("b1", "pair:b", 2);
    private static final Change A2 = change("a2", "pair:a", 3);
    private static final CommittedChanges LOG = new CommittedChanges(List.of(A1, B1, A2));

    @Test
    void repeats_and_other_subjects_in_between_are_fine_when_each_subjects_first_arrivals_keep_the_log_order() {
        DeliveryVerdict verdict = DeliveryVerdict.judge(LOG, LOG, List.of(
                arrival(B1), arrival(A1), arrival(B1), arrival(A2), arrival(A1)));

        assertThat(verdict.missing()).isEmpty();
        assertThat(verdict.invented()).isEmpty();
        assertThat(verdict.outOfOrder()).isEmpty();
        assertThat(verdict.arrivals()).isEqualTo(5);
    }

    @Test
    void a_change_of_the_log_that_never_arrived_is_missing() {
        DeliveryVerdict verdict = DeliveryVerdict.judge(LOG, LOG, List.of(arrival(A1), arrival(A2)));

        assertThat(verdict.missing()).containsExactly("b1");
    }

    @Test
    void an_arrival_the_log_does_not_hold_is_invented() {
        DeliveryVerdict verdict = DeliveryVerdict.judge(LOG, LOG, List.of(
                arrival(A1), arrival(B1), new Arrival("z9", "pair:a"), arrival(A2)));

        assertThat(verdict.invented()).containsExactly("z9");
    }

    @Test
    void a_subjects_later_change_arriving_first_breaks_the_order_even_when_the_earlier_one_comes_again_after_it() {
        DeliveryVerdict verdict = DeliveryVerdict.judge(LOG, LOG, List.of(arrival(A2), arrival(B1), arrival(A1), arrival(A2)));

        assertThat(verdict.outOfOrder()).hasSize(1).allSatisfy(line -> assertThat(line).startsWith("pair:a: first arrivals [a2, a1]"));
    }

    @Test
    void an_arrival_under_another_key_than_its_subject_breaks_the_order() {
        DeliveryVerdict verdict = DeliveryVerdict.judge(LOG, LOG, List.of(arrival(A1), new Arrival("b1", "pair:a"), arrival(A2)));

        assertThat(verdict.outOfOrder()).containsExactly("b1 arrived under key pair:a, its subject is pair:b");
        assertThat(verdict.missing()).containsExactly("b1");
    }

    @Test
    void a_consumer_that_starts_later_is_owed_only_what_follows_its_start() {
        CommittedChanges owed = LOG.after(B1.position());

        DeliveryVerdict verdict = DeliveryVerdict.judge(owed, LOG, List.of(arrival(A2)));

        assertThat(verdict.missing()).isEmpty();
        assertThat(verdict.outOfOrder()).isEmpty();
    }

    private static Change change(String id, String subject, long sequence) {
        return new Change(id, subject, new ChangePosition(100, sequence), "follow.created", "2026-12-01 00:00:00+00");
    }

    private static Arrival arrival(Change change) {
        return new Arrival(change.id(), change.subject());
    }
}
