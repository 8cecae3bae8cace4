package se.styrkort.platform.imports;

/**
 * What a service imports as jobs ({@link ImportJobs}): a bean per kind, which turns the options
 * stored with a job back into the {@link ImportJob} that reads, checks and writes its rows. The job
 * runs in the tenant and as the user that submitted it.
 */
public interface ImportJobKind {

    /** The kind's name, stored with each job: {@code measurements}, {@code actuals}. */
    String name();

    /** The import the options describe, as the submitting request would have run it. */
    ImportJob<?, ?> open(String options);
}
