package se.styrkort.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.RealmRepresentation;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.platform.security.Roles;

/**
 * The Keycloak realm issues the tokens the services expect: the roles of {@link Roles} in the
 * {@code groups} claim, the tenant in the {@code org} claim from a user attribute, the audience the
 * services check. The base realm, the one a region imports, has no people and no password grant;
 * the demo overlay's realm is the same with the demo users of the local dev issuer (people with the
 * password grant, *-feed as confidential clients with service accounts).
 */
class RealmTest {

    /** The demo overlay's realm: the base realm and the demo's people. */
    final JsonNode realm = Yaml.json(Repository.DEMO_REALM);
    final JsonNode baseRealm = Yaml.json(Repository.REALM);

    /** A demo identity: who, which organization, which roles, and whether it is a machine client. */
    record Identity(String org, Set<String> roles, boolean client) {
    }

    static Set<String> codeRoles() throws IllegalAccessException {
        Set<String> roles = new TreeSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class) {
                roles.add((String) field.get(null));
            }
        }
        return roles;
    }

    @Test
    void theExportBindsToKeycloaksRealmRepresentation() throws Exception {
        // Unknown or misspelled fields fail here instead of being ignored by the import.
        for (var file : List.of(Repository.REALM, Repository.DEMO_REALM)) {
            RealmRepresentation representation = Yaml.JSON.copy()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), RealmRepresentation.class);
            JsonNode json = Yaml.json(file);
            assertEquals("styrkort", representation.getRealm());
            assertEquals(json.path("users").size(), representation.getUsers() == null ? 0 : representation.getUsers().size());
            assertEquals(json.path("clients").size(), representation.getClients().size());
        }
    }

    @Test
    void theBaseRealmHasNoPeopleAndNoPasswordGrant() {
        assertTrue(baseRealm.path("users").isMissingNode(), "no users: a region's come from its directory");
        for (JsonNode client : baseRealm.path("clients")) {
            assertFalse(client.path("directAccessGrantsEnabled").asBoolean(), client.path("clientId") + ": password grant");
            assertFalse(client.path("serviceAccountsEnabled").asBoolean(), client.path("clientId") + ": a demo feed");
        }
    }

    @Test
    void theDemoRealmIsTheBaseRealmWithTheDemoPeople() {
        com.fasterxml.jackson.databind.node.ObjectNode stripped = realm.deepCopy();
        stripped.remove("users");
        com.fasterxml.jackson.databind.node.ArrayNode clients = stripped.putArray("clients");
        for (JsonNode client : realm.path("clients")) {
            if (client.path("serviceAccountsEnabled").asBoolean()) {
                continue;
            }
            com.fasterxml.jackson.databind.node.ObjectNode copy = client.deepCopy();
            if (copy.path("directAccessGrantsEnabled").asBoolean()) {
                copy.put("directAccessGrantsEnabled", false);
            }
            // A region's Keycloak makes the web client's secret; the demo fixes it to match reporting-web-client.env.
            if ("styrkort-web".equals(copy.path("clientId").asText())) {
                copy.remove("secret");
            }
            clients.add(copy);
        }
        assertEquals(baseRealm, stripped,
                "the demo realm differs from the base only by its people, the password grant and the web client's secret");
    }

    @Test
    void realmRolesAreTheCodesRoles() throws IllegalAccessException {
        Set<String> code = codeRoles();
        assertEquals(6, code.size(), "Roles.java: " + code);
        Set<String> realmRoles = new TreeSet<>();
        realm.path("roles").path("realm").forEach(r -> realmRoles.add(r.path("name").asText()));
        realmRoles.remove(realm.path("defaultRole").path("name").asText());
        assertEquals(code, realmRoles);
        assertFalse(realm.path("defaultRole").path("composite").asBoolean(), "the default role grants no Styrkort role");
    }

    @Test
    void everyClientThatIssuesTokensCarriesGroupsOrgAndAudience() {
        List<String> issuing = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            if (client.path("bearerOnly").asBoolean()) {
                continue;
            }
            String id = client.path("clientId").asText();
            issuing.add(id);
            JsonNode groups = mapper(client, "oidc-usermodel-realm-role-mapper");
            assertEquals("groups", groups.path("config").path("claim.name").asText(), id);
            assertEquals("true", groups.path("config").path("multivalued").asText(), id + ": groups is a list");
            assertEquals("true", groups.path("config").path("access.token.claim").asText(), id);

            JsonNode org = mapper(client, "oidc-usermodel-attribute-mapper");
            assertEquals("org", org.path("config").path("user.attribute").asText(), id);
            assertEquals("org", org.path("config").path("claim.name").asText(), id);
            assertEquals("false", org.path("config").path("multivalued").asText(), id + ": the tenant is one string");
            assertEquals("String", org.path("config").path("jsonType.label").asText(), id);
            assertEquals("true", org.path("config").path("access.token.claim").asText(), id);

            JsonNode audience = mapper(client, "oidc-audience-mapper");
            assertEquals(devIssuerAudiences(), Set.of(audience.path("config").path("included.custom.audience").asText()), id);
        }
        assertTrue(issuing.size() >= 3, "a client for people and the feed clients, found " + issuing);
    }

    @Test
    void theUserProfileDeclaresOrgSoKeycloakKeepsIt() throws Exception {
        JsonNode provider = realm.path("components").path("org.keycloak.userprofile.UserProfileProvider").path(0);
        assertEquals("declarative-user-profile", provider.path("providerId").asText());
        JsonNode profile = Yaml.JSON.readTree(provider.path("config").path("kc.user.profile.config").path(0).asText());
        Map<String, JsonNode> attributes = new TreeMap<>();
        profile.path("attributes").forEach(a -> attributes.put(a.path("name").asText(), a));
        assertTrue(attributes.keySet().containsAll(Set.of("username", "email", "firstName", "lastName", "org")),
                "a profile replaces Keycloak's default one, so it keeps the built-in attributes: " + attributes.keySet());
        assertEquals(List.of("admin"), list(attributes.get("org").path("permissions").path("edit")),
                "only administrators may set a user's organization");
    }

    @Test
    void theRealmHasTheDevIssuersDemoUsers() {
        Map<String, Identity> expected = devIssuerIdentities();
        assertEquals(12, expected.size(), "config.json: " + expected.keySet());
        assertEquals(expected, realmIdentities());
    }

    @Test
    void peopleSignInWithAPasswordAndFeedsWithTheirClientSecret() {
        JsonNode people = client("styrkort-cli");
        assertTrue(people.path("publicClient").asBoolean());
        assertTrue(people.path("directAccessGrantsEnabled").asBoolean(), "password grant for scripts");
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                continue;
            }
            String name = user.path("username").asText();
            assertTrue(user.path("enabled").asBoolean(), name);
            JsonNode credential = user.path("credentials").path(0);
            assertEquals("password", credential.path("type").asText(), name);
            assertFalse(credential.path("value").asText().isEmpty(), name);
            assertFalse(credential.path("temporary").asBoolean(), name + ": a temporary password blocks the password grant");
            // Keycloak asks for a complete profile before it hands out a token.
            for (String field : List.of("email", "firstName", "lastName")) {
                assertFalse(user.path(field).asText().isEmpty(), name + " " + field);
            }
        }
        for (JsonNode user : realm.path("users")) {
            if (user.has("serviceAccountClientId")) {
                JsonNode client = client(user.path("serviceAccountClientId").asText());
                assertTrue(client.path("serviceAccountsEnabled").asBoolean());
                assertFalse(client.path("publicClient").asBoolean(), "client credentials need a confidential client");
                assertFalse(client.path("directAccessGrantsEnabled").asBoolean());
                assertFalse(client.path("secret").asText().isEmpty());
            }
        }
        for (String audience : devIssuerAudiences()) {
            assertTrue(client(audience).path("bearerOnly").asBoolean(),
                    "the services' audience " + audience + " issues no tokens");
        }
    }

    private Map<String, Identity> realmIdentities() {
        Map<String, Identity> identities = new TreeMap<>();
        for (JsonNode user : realm.path("users")) {
            boolean client = user.has("serviceAccountClientId");
            String name = client ? user.path("serviceAccountClientId").asText() : user.path("username").asText();
            List<String> org = list(user.path("attributes").path("org"));
            assertEquals(1, org.size(), name + ": one organization");
            assertFirst(identities.put(name, new Identity(org.get(0), new TreeSet<>(list(user.path("realmRoles"))), client)),
                    name);
        }
        return identities;
    }

    static Map<String, Identity> devIssuerIdentities() {
        JsonNode config = Yaml.json(Repository.DEV_ISSUER_CONFIG);
        Map<String, Identity> identities = new TreeMap<>();
        // The web app's login form names the user as the subject: the same person as the password grant's.
        Map<String, Identity> logins = new TreeMap<>();
        for (JsonNode callback : config.path("tokenCallbacks")) {
            for (JsonNode mapping : callback.path("requestMappings")) {
                String param = mapping.path("requestParam").asText();
                assertTrue(Set.of("username", "client_id", "subject").contains(param), "config.json: " + param);
                JsonNode claims = mapping.path("claims");
                Identity identity = new Identity(claims.path("org").asText(), new TreeSet<>(list(claims.path("groups"))),
                        "client_id".equals(param));
                assertFirst(("subject".equals(param) ? logins : identities).put(mapping.path("match").asText(), identity),
                        mapping.path("match").asText());
            }
        }
        logins.forEach((name, identity) -> assertEquals(identities.get(name), identity,
                "config.json: the login of " + name + " is the same person as its password grant"));
        return identities;
    }

    /** The audiences the dev issuer's tokens name (the same in every mapping). */
    static Set<String> devIssuerAudiences() {
        Set<String> audiences = new TreeSet<>();
        for (JsonNode callback : Yaml.json(Repository.DEV_ISSUER_CONFIG).path("tokenCallbacks")) {
            for (JsonNode mapping : callback.path("requestMappings")) {
                audiences.addAll(list(mapping.path("claims").path("aud")));
            }
        }
        return audiences;
    }

    private JsonNode client(String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("the realm has no client " + clientId);
    }

    private static JsonNode mapper(JsonNode client, String type) {
        List<JsonNode> found = new ArrayList<>();
        client.path("protocolMappers").forEach(m -> {
            if (type.equals(m.path("protocolMapper").asText())) {
                found.add(m);
            }
        });
        assertEquals(1, found.size(), client.path("clientId").asText() + ": mappers of type " + type);
        assertEquals("openid-connect", found.get(0).path("protocol").asText());
        assertNotNull(found.get(0).path("name").asText(null));
        return found.get(0);
    }

    private static List<String> list(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static void assertFirst(Object value, String message) {
        assertEquals(null, value, message + " appears twice");
    }
}
