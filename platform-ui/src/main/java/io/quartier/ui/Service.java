package io.quartier.ui;

import jakarta.enterprise.util.AnnotationLiteral;
import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the REST clients made by {@link ServiceClients} (timeouts, problem mapping), apart from the
 * plain clients Payara's MicroProfile Rest Client extension registers for the same interfaces.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface Service {

    /** The qualifier as a value, for beans made in code. */
    final class Literal extends AnnotationLiteral<Service> implements Service {

        public static final Literal INSTANCE = new Literal();

        private static final long serialVersionUID = 1L;
    }
}
