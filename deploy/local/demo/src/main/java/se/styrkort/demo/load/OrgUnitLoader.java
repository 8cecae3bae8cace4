package se.styrkort.demo.load;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;

import se.styrkort.demo.data.OrgUnitsFile;
import se.styrkort.demo.http.Api;
import se.styrkort.demo.http.LoadFailure;

/** Creates the org unit tree, parents first; a unit with the same name under the same parent is kept. */
final class OrgUnitLoader {

    private final Api goals;

    OrgUnitLoader(Api goals) {
        this.goals = goals;
    }

    /** The ids of the units by their keys in the data files. */
    Map<String, String> load(OrgUnitsFile file, String admin) {
        List<JsonNode> existing = goals.list(admin, "/api/v1/org-units", Map.of());
        Map<String, String> ids = new HashMap<>();
        int created = 0;
        for (OrgUnitsFile.Unit unit : file.units()) {
            String parentId = null;
            if (unit.parent() != null) {
                parentId = ids.get(unit.parent());
                if (parentId == null) {
                    throw new LoadFailure(
                            "org unit " + unit.key() + ": parent " + unit.parent() + " comes later or not at all");
                }
            }
            String parent = parentId;
            JsonNode found = existing.stream()
                    .filter(u -> unit.name().equals(u.path("name").asText())
                            && Objects.equals(parent, u.path("parentId").isNull() ? null : u.path("parentId").asText(null)))
                    .findFirst().orElse(null);
            if (found == null) {
                found = goals.post(admin, "/api/v1/org-units", Body.of().put("name", unit.name())
                        .put("kind", unit.kind()).put("parentId", parent).put("code", unit.code()).map());
                created++;
            }
            ids.put(unit.key(), found.path("id").asText());
        }
        Log.info(file.organization() + ": org units " + file.units().size() + " (" + created + " created)");
        return ids;
    }
}
