package io.quartier.systemtests.arch.planted.edge;

/** Stands in for the kernel's HTTP problem, which this module does not compile against. */
public class ProblemException extends RuntimeException {

    public ProblemException(int status, String code) {
        super(status + " " + code);
    }
}
