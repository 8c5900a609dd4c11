/** Who said no to suggestions: a customer for itself, a merchant for its stores. A missing choice is yes. */
package io.quartier.recommendation.domain.model.preference;
