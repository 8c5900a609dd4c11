/** The module's use cases: learning from orders, suggesting, and the customers' and merchants' switches. */
package io.quartier.recommendation.application;
