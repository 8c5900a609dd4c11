package io.quartier.payment.application;

import io.quartier.kernel.Money;
import io.quartier.payment.domain.model.authorization.Authorization;
import io.quartier.payment.domain.model.authorization.AuthorizationRepository;
import io.quartier.payment.domain.model.authorization.AuthorizationStatus;
import io.quartier.payment.domain.model.gateway.GatewayDecision;
import io.quartier.payment.domain.model.gateway.GatewayException;
import io.quartier.payment.domain.model.gateway.PaymentGateway;
import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Holds in a map, numbered as the database would, and a gateway that records what it was asked. */
class InMemoryHolds implements AuthorizationRepository, PaymentGateway {

    final TreeMap<Long, Authorization> byId = new TreeMap<>();
    final List<String> captured = new ArrayList<>();
    final List<Money> capturedAmounts = new ArrayList<>();
    final List<String> voided = new ArrayList<>();
    /** The server dies right after the gateway's next capture or void answered (before anything is recorded). */
    boolean crashAfterNextCall;
    /** The refunds the gateway made, by idempotency key. */
    final Map<String, Money> refunded = new LinkedHashMap<>();
    /** How the gateway answers the next refunds: approves, declines ({@code "declined"}) or stays silent. */
    String refundAnswer = "approved";

    /** A hold taken for the order at {@code createdAt}, as authorising would store it. */
    Authorization hold(String orderReference, long amountMinor, Instant createdAt) {
        long id = nextId();
        Authorization hold = new Authorization(orderReference, 42, 3, Money.of(amountMinor, "EUR"), "sbx_" + id,
                "key-" + id, "fp-" + id, createdAt);
        add(hold);
        return hold;
    }

    @Override
    public Optional<Authorization> byGatewayReference(String gatewayReference) {
        return byId.values().stream().filter(a -> gatewayReference.equals(a.getGatewayReference())).findFirst();
    }

    @Override
    public Optional<Authorization> byIdempotencyKey(long customerId, String idempotencyKey) {
        return byId.values().stream().filter(a -> a.getCustomerId() == customerId && idempotencyKey.equals(key(a)))
                .findFirst();
    }

    private static String key(Authorization authorization) {
        try {
            Field field = Authorization.class.getDeclaredField("idempotencyKey");
            field.setAccessible(true);
            return (String) field.get(authorization);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public List<Authorization> openForOrder(String orderReference) {
        return byId.values().stream()
                .filter(a -> a.getOrderReference().equals(orderReference) && a.getStatus() == AuthorizationStatus.AUTHORIZED)
                .sorted(Comparator.comparing(Authorization::getCreatedAt).reversed()).toList();
    }

    @Override
    public List<Authorization> unconfirmedBefore(Instant before, int limit) {
        return byId.values().stream()
                .filter(a -> a.getStatus() == AuthorizationStatus.AUTHORIZED && a.getConfirmedAt() == null
                        && a.getVoidDueAt() == null
                        && a.getCreatedAt().isBefore(before))
                .limit(limit).toList();
    }

    @Override
    public List<Authorization> dueForCaptureBefore(Instant before, int limit) {
        return byId.values().stream()
                .filter(a -> a.isDueForCapture() && a.getCaptureDueAt().isBefore(before)
                        || a.isDueForTaking() && a.getTakeDueAt().isBefore(before)).limit(limit).toList();
    }

    @Override
    public List<Authorization> dueForVoidBefore(Instant before, int limit) {
        return byId.values().stream()
                .filter(a -> a.isDueForVoid() && a.getVoidDueAt().isBefore(before)).limit(limit).toList();
    }

    @Override
    public List<Authorization> partsOf(long groupAuthorizationId) {
        return byId.values().stream()
                .filter(a -> Long.valueOf(groupAuthorizationId).equals(a.getGroupAuthorizationId())).toList();
    }

    @Override
    public List<Authorization> attemptsBefore(Instant before, int limit) {
        return byId.values().stream().filter(a -> a.isAttempt() && a.getCreatedAt().isBefore(before)).limit(limit)
                .toList();
    }

    @Override
    public List<Authorization> attemptsUnder(String attemptReference) {
        return byId.values().stream().filter(a -> a.isAttempt() && attemptReference.equals(a.getAttemptReference()))
                .toList();
    }

    @Override
    public void remove(Authorization attempt) {
        byId.remove(attempt.getId());
    }

    @Override
    public Optional<Authorization> byId(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public Optional<Authorization> byIdForUpdate(long id) {
        return byId(id);
    }

    @Override
    public void add(Authorization authorization) {
        long id = nextId();
        try {
            Field field = Authorization.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(authorization, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        byId.put(id, authorization);
    }

    private long nextId() {
        return byId.isEmpty() ? 1 : byId.lastKey() + 1;
    }

    @Override
    public Optional<io.quartier.payment.domain.model.gateway.CardDetails> describe(String token) {
        return Optional.empty();
    }

    @Override
    public GatewayDecision authorize(String token, Money amount, String reference, String idempotencyKey) {
        throw new AssertionError("holds are taken by Authorizations, not by the code under test");
    }

    @Override
    public void capture(String gatewayReference, Money amount) {
        captured.add(gatewayReference);
        capturedAmounts.add(amount);
        crashIfAsked();
    }

    private void crashIfAsked() {
        if (crashAfterNextCall) {
            crashAfterNextCall = false;
            throw new IllegalStateException("the server died");
        }
    }

    @Override
    public void voidAuthorization(String gatewayReference) {
        voided.add(gatewayReference);
        crashIfAsked();
    }

    @Override
    public GatewayDecision refund(String gatewayReference, Money amount, String idempotencyKey) {
        switch (refundAnswer) {
            case "declined" -> {
                return GatewayDecision.declined("refund_declined");
            }
            case "silent" -> throw new GatewayException("the gateway did not answer");
            default -> {
                refunded.putIfAbsent(idempotencyKey, amount);
                return GatewayDecision.approved("re_" + idempotencyKey);
            }
        }
    }
}
