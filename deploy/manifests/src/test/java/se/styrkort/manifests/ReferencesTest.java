package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every ConfigMap, Secret and key a workload refers to exists once the overlay is applied. */
class ReferencesTest {

    @Test
    void everyReferenceOfTheOverlayResolves() {
        ClusterView view = ClusterView.of(Kustomization.build(KustomizationTest.OVERLAY));
        assertEquals(List.of(), view.unresolvedReferences());
    }

    @Test
    void theBaseAloneLacksOnlyTheBootstrapAdminAndWebClientSecrets() {
        ClusterView view = ClusterView.of(Kustomization.build(Repository.BASE));
        List<String> problems = view.unresolvedReferences();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(
                problems.stream()
                        .allMatch(p -> p.startsWith("Deployment/keycloak") && p.endsWith("no Secret keycloak-bootstrap-admin")
                                || p.startsWith("Deployment/reporting-service")
                                        && p.endsWith("no Secret reporting-web-client")),
                problems.toString());
    }

    @Test
    void aMissingKeyOrConfigMapIsReported() throws Exception {
        ObjectNode deployment = (ObjectNode) Yaml.YAML.readTree("""
                apiVersion: apps/v1
                kind: Deployment
                metadata:
                  name: probe
                spec:
                  template:
                    spec:
                      containers:
                        - name: probe
                          env:
                            - name: A
                              valueFrom:
                                configMapKeyRef:
                                  name: present
                                  key: missing
                            - name: B
                              valueFrom:
                                secretKeyRef:
                                  name: absent
                                  key: password
                          envFrom:
                            - configMapRef:
                                name: present
                      volumes:
                        - name: v
                          configMap:
                            name: gone
                """);
        ClusterView view = new ClusterView(List.of(deployment), Map.of("present", Set.of("there")), Map.of());
        assertEquals(List.of(
                "Deployment/probe container probe env A: ConfigMap present has no key missing (has [there])",
                "Deployment/probe container probe env B: no Secret absent",
                "Deployment/probe volume v: no ConfigMap gone"), view.unresolvedReferences());
    }
}
