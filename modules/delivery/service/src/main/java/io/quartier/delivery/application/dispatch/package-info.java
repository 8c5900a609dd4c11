/**
 * Dispatch: every few seconds, per zone, one cycle matches all waiting jobs with all available couriers. A
 * courier may get up to three orders at once when none of them becomes late; an order that will be late anyway
 * goes alone to the courier who brings it soonest. Pure application code over the routing and tour-planning
 * ports.
 */
package io.quartier.delivery.application.dispatch;
