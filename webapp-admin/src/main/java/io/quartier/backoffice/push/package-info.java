/** Live updates of the merchant order queue: a message-driven bean on ordering's topic, pushing to open pages. */
package io.quartier.backoffice.push;
