package io.quartier.payment.application;

import io.quartier.payment.domain.model.method.PaymentMethod;
import io.quartier.payment.domain.model.method.PaymentMethodRepository;
import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** Payment methods in a map, numbered as the database would; removed ones are left out as the adapter does. */
class InMemoryMethods implements PaymentMethodRepository {

    final TreeMap<Long, PaymentMethod> byId = new TreeMap<>();

    @Override
    public List<PaymentMethod> ofCustomer(long customerId) {
        return byId.values().stream().filter(m -> m.belongsTo(customerId) && !m.isRemoved())
                .sorted(Comparator.comparing(PaymentMethod::isPreferred).reversed()
                        .thenComparing(PaymentMethod::getId))
                .toList();
    }

    @Override
    public List<PaymentMethod> ofCustomerForUpdate(long customerId) {
        return ofCustomer(customerId);
    }

    @Override
    public Optional<PaymentMethod> owned(long customerId, long methodId) {
        return Optional.ofNullable(byId.get(methodId)).filter(m -> m.belongsTo(customerId) && !m.isRemoved());
    }

    @Override
    public Optional<PaymentMethod> byIdForUpdate(long methodId) {
        return Optional.ofNullable(byId.get(methodId));
    }

    @Override
    public Optional<PaymentMethod> wallet(long customerId, String currency) {
        return byId.values().stream()
                .filter(m -> m.isWallet() && m.belongsTo(customerId) && m.getCurrency().equals(currency)).findFirst();
    }

    @Override
    public void add(PaymentMethod method) {
        long id = byId.isEmpty() ? 1 : byId.lastKey() + 1;
        try {
            Field field = PaymentMethod.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(method, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        byId.put(id, method);
    }
}
