/** What the services' timers share: running their jobs so that one failing does not stop the others. */
package io.quartier.kernel.schedule;
