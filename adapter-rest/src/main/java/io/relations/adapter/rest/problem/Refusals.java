package io.relations.adapter.rest.problem;

import io.relations.application.model.Denial;
import io.relations.domain.decision.Refusal;

/** How each refusal of the kernel and each denial of the application reads over HTTP. */
public final class Refusals {

    private Refusals() {
    }

    public static ProblemException toProblem(Refusal refusal) {
        return switch (refusal) {
            case SELF_RELATIONSHIP -> new ProblemException(ProblemType.SELF_RELATIONSHIP, "A user cannot be in a relationship with themselves.");
            case BLOCKED -> new ProblemException(ProblemType.BLOCKED, "A block between the two users forbids this.");
            case NO_PENDING_REQUEST -> new ProblemException(ProblemType.NO_PENDING_REQUEST, "There is no pending connection request from this user.");
        };
    }

    public static ProblemException toProblem(Denial denial) {
        return switch (denial) {
            case MODULE_DISABLED -> new ProblemException(ProblemType.MODULE_DISABLED, "The connections module is switched off.");
            case USER_NOT_FOUND -> new ProblemException(ProblemType.USER_NOT_FOUND, "The user is not known.");
            case USER_DELETED -> new ProblemException(ProblemType.USER_DELETED,
                    "The caller's user was deleted by an administrator; only an administrator can register it again.");
            case POSITION_EXPIRED -> new ProblemException(ProblemType.POSITION_EXPIRED,
                    "Retention has removed changes after this position; read again from the start (no after) or from now.");
            case SUBSCRIPTION_NOT_FOUND -> new ProblemException(ProblemType.NOT_FOUND, "No webhook subscription has this id.");
        };
    }
}
