/** What a service uses to call another: a client of the other's api interface, built the same way everywhere. */
package io.quartier.kernel.client;
