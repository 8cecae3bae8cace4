package se.styrkort.manifests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a namespace holds once the manifests are applied and the operators have acted on them:
 * the resources, every ConfigMap and Secret with its keys, and every Service with its ports.
 * CloudNativePG creates, per Cluster, the Services NAME-rw/-ro/-r and the Secret NAME-app with the
 * owner's credentials; Strimzi creates, per Kafka, the Service NAME-kafka-bootstrap with the ports
 * of its internal listeners and the Secret NAME-cluster-ca-cert with the cluster CA, and per
 * SCRAM KafkaUser the Secret of the user's name with its password and JAAS configuration.
 */
final class ClusterView {

    static final Set<String> CNPG_APP_SECRET_KEYS = Set.of("username", "password", "dbname", "host", "port",
            "uri", "jdbc-uri", "pgpass", "fqdn-uri", "fqdn-jdbc-uri");
    static final int POSTGRES_PORT = 5432;
    static final Set<String> STRIMZI_CA_SECRET_KEYS = Set.of("ca.crt", "ca.p12", "ca.password");
    static final Set<String> STRIMZI_SCRAM_USER_SECRET_KEYS = Set.of("password", "sasl.jaas.config");

    final List<ObjectNode> resources;
    final Map<String, Set<String>> configMaps = new LinkedHashMap<>();
    final Map<String, Set<String>> secrets = new LinkedHashMap<>();
    final Map<String, Set<Integer>> services = new LinkedHashMap<>();

    ClusterView(List<ObjectNode> resources, Map<String, Set<String>> generatedConfigMaps,
            Map<String, Set<String>> generatedSecrets) {
        this.resources = List.copyOf(resources);
        generatedConfigMaps.forEach((name, keys) -> configMaps.put(name, new TreeSet<>(keys)));
        generatedSecrets.forEach((name, keys) -> secrets.put(name, new TreeSet<>(keys)));
        for (ObjectNode resource : resources) {
            String name = Kustomization.name(resource);
            switch (resource.path("kind").asText()) {
                case "ConfigMap" ->
                    configMaps.computeIfAbsent(name, n -> new TreeSet<>()).addAll(keys(resource, "data", "binaryData"));
                case "Secret" ->
                    secrets.computeIfAbsent(name, n -> new TreeSet<>()).addAll(keys(resource, "data", "stringData"));
                case "Service" -> {
                    Set<Integer> ports = services.computeIfAbsent(name, n -> new TreeSet<>());
                    resource.path("spec").path("ports").forEach(p -> ports.add(p.path("port").asInt()));
                }
                case "Cluster" -> {
                    if (resource.path("apiVersion").asText().startsWith("postgresql.cnpg.io/")) {
                        for (String suffix : List.of("-rw", "-ro", "-r")) {
                            services.put(name + suffix, Set.of(POSTGRES_PORT));
                        }
                        secrets.put(name + "-app", CNPG_APP_SECRET_KEYS);
                    }
                }
                case "Kafka" -> {
                    Set<Integer> ports = new TreeSet<>();
                    resource.path("spec").path("kafka").path("listeners").forEach(l -> {
                        if ("internal".equals(l.path("type").asText())) {
                            ports.add(l.path("port").asInt());
                        }
                    });
                    services.put(name + "-kafka-bootstrap", ports);
                    secrets.put(name + "-cluster-ca-cert", STRIMZI_CA_SECRET_KEYS);
                }
                case "KafkaUser" -> {
                    if ("scram-sha-512".equals(resource.path("spec").path("authentication").path("type").asText())) {
                        secrets.put(name, STRIMZI_SCRAM_USER_SECRET_KEYS);
                    }
                }
                default -> {
                }
            }
        }
    }

    static ClusterView of(Kustomization kustomization) {
        return new ClusterView(kustomization.resources, kustomization.generatedConfigMaps, kustomization.generatedSecrets);
    }

    List<ObjectNode> all(String kind) {
        return resources.stream().filter(r -> r.path("kind").asText().equals(kind)).toList();
    }

    ObjectNode one(String kind, String name) {
        List<ObjectNode> found = all(kind).stream().filter(r -> Kustomization.name(r).equals(name)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + kind + " named " + name + ", found " + found.size());
        }
        return found.get(0);
    }

    /** The value a container's environment variable gets, following configMapKeyRef to its ConfigMap. */
    String env(JsonNode container, String variable) {
        for (JsonNode env : container.path("env")) {
            if (variable.equals(env.path("name").asText())) {
                if (env.has("value")) {
                    return env.get("value").asText();
                }
                JsonNode ref = env.path("valueFrom").path("configMapKeyRef");
                if (!ref.isMissingNode()) {
                    return one("ConfigMap", ref.path("name").asText()).path("data").path(ref.path("key").asText()).asText(null);
                }
                return null;
            }
        }
        return null;
    }

    /** Every reference of a workload to a ConfigMap, Secret or key that does not exist. */
    List<String> unresolvedReferences() {
        List<String> problems = new ArrayList<>();
        for (ObjectNode resource : resources) {
            String workload = resource.path("kind").asText() + "/" + Kustomization.name(resource);
            for (JsonNode container : Workloads.containers(resource)) {
                String where = workload + " container " + container.path("name").asText();
                for (JsonNode env : container.path("env")) {
                    JsonNode from = env.path("valueFrom");
                    check(problems, where + " env " + env.path("name").asText(), configMaps, "ConfigMap",
                            from.path("configMapKeyRef").path("name"), from.path("configMapKeyRef").path("key"));
                    check(problems, where + " env " + env.path("name").asText(), secrets, "Secret",
                            from.path("secretKeyRef").path("name"), from.path("secretKeyRef").path("key"));
                }
                for (JsonNode envFrom : container.path("envFrom")) {
                    check(problems, where + " envFrom", configMaps, "ConfigMap", envFrom.path("configMapRef").path("name"),
                            null);
                    check(problems, where + " envFrom", secrets, "Secret", envFrom.path("secretRef").path("name"), null);
                }
            }
            for (JsonNode volume : Workloads.podSpec(resource).path("volumes")) {
                String where = workload + " volume " + volume.path("name").asText();
                volumeItems(problems, where, configMaps, "ConfigMap", volume.path("configMap"), "name");
                volumeItems(problems, where, secrets, "Secret", volume.path("secret"), "secretName");
            }
        }
        return problems;
    }

    private static void volumeItems(List<String> problems, String where, Map<String, Set<String>> known, String kind,
            JsonNode source, String nameField) {
        if (source.isMissingNode()) {
            return;
        }
        check(problems, where, known, kind, source.path(nameField), null);
        for (JsonNode item : source.path("items")) {
            check(problems, where, known, kind, source.path(nameField), item.path("key"));
        }
    }

    private static void check(List<String> problems, String where, Map<String, Set<String>> known, String kind,
            JsonNode name, JsonNode key) {
        if (name.isMissingNode()) {
            return;
        }
        Set<String> keys = known.get(name.asText());
        if (keys == null) {
            problems.add(where + ": no " + kind + " " + name.asText());
        } else if (key != null && !keys.contains(key.asText())) {
            problems.add(where + ": " + kind + " " + name.asText() + " has no key " + key.asText() + " (has " + keys + ")");
        }
    }

    private static Set<String> keys(JsonNode resource, String... fields) {
        Set<String> keys = new TreeSet<>();
        for (String field : fields) {
            resource.path(field).fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }
}
