package se.styrkort.manifests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The part of {@code kustomize build} these manifests use, so that the tests see what a cluster
 * would get: resources (files and nested kustomizations), ConfigMap and Secret generators,
 * strategic-merge patches addressed by kind and name, and image renames. A file a kustomization
 * names that does not exist fails the build, as it does in kustomize.
 */
final class Kustomization {

    final Path dir;
    final List<ObjectNode> resources = new ArrayList<>();
    /** Generated ConfigMaps and Secrets: name → keys. */
    final Map<String, Set<String>> generatedConfigMaps = new LinkedHashMap<>();
    final Map<String, Set<String>> generatedSecrets = new LinkedHashMap<>();
    /** Every file this kustomization (and those it includes) reads. */
    final Set<Path> files = new TreeSet<>();

    private Kustomization(Path dir) {
        this.dir = dir;
    }

    static Kustomization build(Path dir) {
        Kustomization k = new Kustomization(dir.toAbsolutePath().normalize());
        k.load();
        return k;
    }

    private void load() {
        Path file = existing(dir.resolve("kustomization.yaml"));
        JsonNode spec = Yaml.document(file);
        requireText(spec, "apiVersion", "kustomize.config.k8s.io/v1beta1", file);
        requireText(spec, "kind", "Kustomization", file);
        for (JsonNode entry : spec.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                Kustomization nested = build(path);
                resources.addAll(nested.resources);
                generatedConfigMaps.putAll(nested.generatedConfigMaps);
                generatedSecrets.putAll(nested.generatedSecrets);
                files.addAll(nested.files);
            } else {
                for (JsonNode document : Yaml.documents(existing(path))) {
                    if (!(document instanceof ObjectNode object)) {
                        throw new IllegalStateException(Repository.relative(path) + ": a resource must be a mapping");
                    }
                    resources.add(object);
                }
            }
        }
        generate(spec.path("configMapGenerator"), generatedConfigMaps, file);
        generate(spec.path("secretGenerator"), generatedSecrets, file);
        for (JsonNode patch : spec.path("patches")) {
            if (!patch.has("path")) {
                throw new IllegalStateException(Repository.relative(file) + ": only patches from files are used here");
            }
            for (JsonNode document : Yaml.documents(existing(dir.resolve(patch.get("path").asText())))) {
                ObjectNode target = find(document.path("kind").asText(), document.path("metadata").path("name").asText());
                merge(target, document);
            }
        }
        for (JsonNode image : spec.path("images")) {
            renameImage(image.path("name").asText(), image.path("newName").asText(null), image.path("newTag").asText(null));
        }
    }

    private void generate(JsonNode generators, Map<String, Set<String>> into, Path file) {
        for (JsonNode generator : generators) {
            String name = generator.path("name").asText();
            if (name.isEmpty()) {
                throw new IllegalStateException(Repository.relative(file) + ": a generator without a name");
            }
            Set<String> keys = into.computeIfAbsent(name, n -> new TreeSet<>());
            for (JsonNode entry : generator.path("files")) {
                String text = entry.asText();
                int eq = text.indexOf('=');
                String key = eq < 0 ? Path.of(text).getFileName().toString() : text.substring(0, eq);
                existing(dir.resolve(eq < 0 ? text : text.substring(eq + 1)));
                keys.add(key);
            }
            for (JsonNode entry : generator.path("literals")) {
                keys.add(entry.asText().substring(0, entry.asText().indexOf('=')));
            }
            for (JsonNode entry : generator.path("envs")) {
                keys.addAll(envKeys(dir.resolve(entry.asText())));
            }
        }
    }

    /**
     * Keys of an env file. A secret's env file is kept out of git; its committed twin NAME.example
     * lists the same keys, so the keys are read from there when the real file is absent.
     */
    private Set<String> envKeys(Path env) {
        Path source = Files.exists(env) ? env : existing(env.resolveSibling(env.getFileName() + ".example"));
        files.add(env.normalize());
        Set<String> keys = new TreeSet<>();
        try {
            for (String line : Files.readAllLines(source, StandardCharsets.UTF_8)) {
                String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    int eq = trimmed.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalStateException(Repository.relative(source) + ": not KEY=value: " + line);
                    }
                    keys.add(trimmed.substring(0, eq));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }

    private void renameImage(String name, String newName, String newTag) {
        boolean used = false;
        for (ObjectNode resource : resources) {
            for (JsonNode container : Workloads.containers(resource)) {
                String image = container.path("image").asText();
                String bare = Images.name(image);
                if (bare.equals(name)) {
                    String tag = newTag != null ? newTag : Images.tag(image);
                    ((ObjectNode) container).put("image", (newName != null ? newName : bare) + (tag == null ? "" : ":" + tag));
                    used = true;
                }
            }
        }
        if (!used) {
            throw new IllegalStateException(Repository.relative(dir) + ": images entry " + name + " matches no container");
        }
    }

    ObjectNode find(String kind, String name) {
        List<ObjectNode> found = all(kind).stream().filter(r -> name(r).equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalStateException(Repository.relative(dir) + ": " + found.size() + " resources " + kind + "/" + name);
        }
        return found.get(0);
    }

    List<ObjectNode> all(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    static String name(JsonNode resource) {
        return resource.path("metadata").path("name").asText();
    }

    /** Strategic merge for what the patches here need: mappings merge, anything else is replaced. */
    private static void merge(ObjectNode target, JsonNode patch) {
        Iterator<Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode object && field.getValue().isObject()) {
                merge(object, field.getValue());
            } else {
                target.set(field.getKey(), field.getValue().deepCopy());
            }
        }
    }

    private Path existing(Path path) {
        Path normalized = path.normalize();
        if (!Files.exists(normalized)) {
            throw new IllegalStateException(Repository.relative(dir) + "/kustomization.yaml names "
                    + Repository.relative(normalized) + ", which does not exist");
        }
        files.add(normalized);
        return normalized;
    }

    private static void requireText(JsonNode node, String field, String expected, Path file) {
        if (!expected.equals(node.path(field).asText())) {
            throw new IllegalStateException(Repository.relative(file) + ": " + field + " must be " + expected);
        }
    }
}
