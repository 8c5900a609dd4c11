package io.quartier.promotion.infrastructure.persistence;

import io.quartier.kernel.persistence.ModuleMigrations;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/** Brings the promotion schema up to date before anything else touches it (the kernel's migrations, started here). */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations extends ModuleMigrations {
}
