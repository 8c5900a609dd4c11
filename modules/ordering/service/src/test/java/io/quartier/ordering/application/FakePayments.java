package io.quartier.ordering.application;

import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Payment holds by order, once each, that can be made to decline or not to answer. */
class FakePayments implements Payments {

    enum Answer { AUTHORISE, DECLINE, NO_ANSWER, CHALLENGE }

    Answer answer = Answer.AUTHORISE;
    final Map<Long, Money> holds = new HashMap<>();
    final List<Long> voided = new ArrayList<>();
    /** The order whose challenge each authorised order took, by order. */
    final Map<Long, Long> authenticatedBy = new HashMap<>();
    private long authorizations = 500;

    @Override
    public long authorize(long customerId, long orderId, long paymentMethodId, Money amount, Long authenticatedOrderId) {
        if (answer == Answer.CHALLENGE && authenticatedOrderId == null) {
            throw new ProblemException(402, "problem.order.authenticationRequired", "3-D Secure")
                    .withError("challengeUrl", "/payment/sandbox/challenge?id=" + orderId);
        }
        if (authenticatedOrderId != null) {
            authenticatedBy.put(orderId, authenticatedOrderId);
        }
        if (answer == Answer.DECLINE) {
            throw new ProblemException(402, "problem.payment.declined", "payment refused the authorisation: HTTP 402");
        }
        if (answer == Answer.NO_ANSWER) {
            throw new IllegalStateException("payment timed out");
        }
        holds.put(orderId, amount);
        return ++authorizations;
    }

    @Override
    public void voidHolds(long orderId) {
        holds.remove(orderId);
        voided.add(orderId);
    }

    /** Group holds by group, with the same answers as an order's. */
    final Map<Long, Money> groupHolds = new HashMap<>();
    final List<Long> groupsVoided = new ArrayList<>();

    @Override
    public long authorizeGroup(long customerId, long groupId, long paymentMethodId, Money amount,
                               Long authenticatedGroupId) {
        long id = authorize(customerId, -groupId, paymentMethodId, amount,
                authenticatedGroupId == null ? null : -authenticatedGroupId);
        holds.remove(-groupId);
        groupHolds.put(groupId, amount);
        return id;
    }

    @Override
    public void voidGroupHolds(long groupId) {
        groupHolds.remove(groupId);
        groupsVoided.add(groupId);
    }
}
