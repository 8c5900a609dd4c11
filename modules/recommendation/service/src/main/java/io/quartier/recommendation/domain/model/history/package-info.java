/** What the module learnt from orders: who ordered what, and which products the same customers ordered. */
package io.quartier.recommendation.domain.model.history;
