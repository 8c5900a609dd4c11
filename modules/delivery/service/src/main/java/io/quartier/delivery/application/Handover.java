package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.job.CodeCheck;
import io.quartier.delivery.domain.model.job.DeliveryJob;

/** A handover tried with a code: the job as it now is, and what the code did (a wrong one is kept, counted). */
public record Handover(DeliveryJob job, CodeCheck check) {
}
