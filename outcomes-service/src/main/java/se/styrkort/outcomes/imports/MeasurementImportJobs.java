package se.styrkort.outcomes.imports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.platform.imports.ImportJob;
import se.styrkort.platform.imports.ImportJobKind;

/** Measurement imports run as jobs by the platform's job runner, through the same {@link Imports#job} a request uses. */
@ApplicationScoped
public class MeasurementImportJobs implements ImportJobKind {

    public static final String KIND = "measurements";

    @Inject
    Imports imports;

    @Inject
    ObjectMapper jackson;

    @Override
    public String name() {
        return KIND;
    }

    @Override
    public ImportJob<?, ?> open(String options) {
        return imports.job(JobOptions.read(jackson, options));
    }
}
