package se.styrkort.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/** Reads YAML (every document of a file) and JSON into Jackson trees. */
final class Yaml {

    // A key written twice is a mistake that YAML parsers otherwise settle silently (the last one wins).
    static final ObjectMapper YAML = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();
    // Strict JSON: Keycloak's importer does not forgive comments or trailing commas either.
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY).build();

    private Yaml() {
    }

    /** Every non-empty document of a YAML file (a file of comments and separators only has none). */
    static List<JsonNode> documents(Path file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNextValue()) {
                JsonNode document = it.nextValue();
                if (document != null && !document.isMissingNode() && !document.isNull()
                        && !(document.isContainerNode() && document.isEmpty())) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + Repository.relative(file) + ": " + e.getMessage(), e);
        }
        return documents;
    }

    /** The only document of a YAML file. */
    static JsonNode document(Path file) {
        List<JsonNode> documents = documents(file);
        if (documents.size() != 1) {
            throw new IllegalStateException(Repository.relative(file) + " has " + documents.size() + " documents, expected 1");
        }
        return documents.get(0);
    }

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse " + Repository.relative(file) + ": " + e.getMessage(), e);
        }
    }
}
