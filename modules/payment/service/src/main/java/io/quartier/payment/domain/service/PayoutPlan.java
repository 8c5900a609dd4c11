package io.quartier.payment.domain.service;

import io.quartier.payment.domain.model.payout.OpenLine;
import io.quartier.payment.domain.model.payout.PayeeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a payout run pays: the lines owed in its period that no payout paid yet, grouped by payee and currency. A
 * courier's delivery fees and tips go in one payout. A payee whose lines net to nothing or less (refunds taken from
 * it outweigh its sales) is not paid, and its lines stay open.
 */
public final class PayoutPlan {

    private PayoutPlan() {
    }

    public static Result of(List<OpenLine> owed, Set<OpenLine.Key> paid) {
        Map<Draft.Key, List<OpenLine>> byPayee = new LinkedHashMap<>();
        for (OpenLine line : owed) {
            if (line.owedMinor() == 0 || paid.contains(line.key())) {
                continue;
            }
            PayeeType.of(line.account()).ifPresent(payee ->
                    byPayee.computeIfAbsent(new Draft.Key(payee, line.currency()), k -> new ArrayList<>()).add(line));
        }
        List<Draft> toPay = new ArrayList<>();
        List<Draft> notPaid = new ArrayList<>();
        byPayee.forEach((key, lines) -> {
            Draft draft = new Draft(key.payee(), key.currency(), List.copyOf(lines));
            (draft.totalMinor() > 0 ? toPay : notPaid).add(draft);
        });
        Comparator<Draft> order = Comparator.comparing((Draft d) -> d.payee().type())
                .thenComparingLong(d -> d.payee().id()).thenComparing(Draft::currency);
        toPay.sort(order);
        notPaid.sort(order);
        return new Result(toPay, notPaid);
    }

    /** The payouts to make, and the payees left unpaid because they owe more than they are owed. */
    public record Result(List<Draft> toPay, List<Draft> notPaid) {
    }

    /** One payee's open lines in one currency. */
    public record Draft(PayeeType.Payee payee, String currency, List<OpenLine> lines) {

        public long totalMinor() {
            return lines.stream().mapToLong(OpenLine::owedMinor).reduce(0, Math::addExact);
        }

        record Key(PayeeType.Payee payee, String currency) {
        }
    }
}
