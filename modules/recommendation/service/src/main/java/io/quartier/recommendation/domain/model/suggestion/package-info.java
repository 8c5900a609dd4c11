/**
 * Suggestions: item-to-item co-occurrence ("customers who ordered this also ordered that") over what a customer
 * ordered, topped up with what is popular in the stores around, each with the reason it is there.
 */
package io.quartier.recommendation.domain.model.suggestion;
