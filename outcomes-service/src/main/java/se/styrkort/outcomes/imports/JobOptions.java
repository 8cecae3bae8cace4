package se.styrkort.outcomes.imports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.styrkort.outcomes.domain.ValueKind;

/** What an import request says besides its body, stored with its job so that the job reads the body as the request would. */
record JobOptions(ImportFormat format, String charset, ValueKind valueKind, String sourceSystem) {

    JobOptions(ImportFormat format, String charset, ImportDefaults defaults) {
        this(format, charset, defaults.valueKind(), defaults.sourceSystem());
    }

    ImportDefaults defaults() {
        return new ImportDefaults(valueKind, sourceSystem);
    }

    String json(ObjectMapper mapper) {
        try {
            return mapper.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static JobOptions read(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, JobOptions.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An import job's options are not what this service stores", e);
        }
    }
}
