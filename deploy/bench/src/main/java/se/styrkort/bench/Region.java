package se.styrkort.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * One region shaped as issue 8 says (20 plans x 60 goals x 3 indicators, followed up monthly over 36
 * periods), a one-goal probe plan for the freshness measurement, and an ingest plan (2 goals x 10
 * indicators) with 300 org units for the bulk ingest.
 * <p>
 * One plan with one goal and one indicator (AT_LEAST 50 in 2023-2025, monthly) is made through
 * goals-service's API and adopted; the events goals-service publishes for it are the templates of the
 * rest, which the harness publishes on styrkort.goals as goals-service would (same states, new ids),
 * in waves (units; then per set of plans: plans, strategies and overall goals, goals, indicators) so
 * that consumers see every parent before its children. The probe and ingest plans go first, so that
 * a consumer still busy with the region (bounded by --settle-seconds) does not hold those back. Creating 5 000 records through
 * goals-service's API would measure
 * goals-service's write path, not the benchmarks', and would take most of a run.
 */
final class Region {

    // Time-ordered ids, as the services make them (platform domain/Ids).
    private static final NoArgGenerator IDS = Generators.timeBasedEpochGenerator();

    static final String ADMIN = "jh-admin";
    static final int STRATEGIES = 4;
    static final int TARGET = 50;
    static final int INGEST_UNITS = 300;
    static final int INGEST_GOALS = 2;
    static final int INGEST_INDICATORS_PER_GOAL = 10;

    record Goal(String id, String planId, String strategyId, String overallGoalId, String ownerUnitId,
            List<String> indicatorIds) {
    }

    record Plan(String id, String ownerUnitId, List<Goal> goals) {
    }

    final List<Plan> plans = Collections.synchronizedList(new ArrayList<>());
    final List<String> ingestUnits = new ArrayList<>();
    /** The ingest plan's indicators. */
    final List<String> ingestIndicators = new ArrayList<>();
    final List<String> periods = new ArrayList<>();
    Plan probe;
    int requests;
    int events;
    /** Waves the consumers had not taken within --settle-seconds (the run goes on; the note says so). */
    final List<String> unsettled = new ArrayList<>();

    private final Http http;
    private final String goals;
    private final Stack stack;
    private final Options options;
    private final Pipeline pipeline;
    private final Map<String, ConsumerRecord<String, String>> templates = new HashMap<>();
    private final List<ProducerRecord<String, String>> wave = new ArrayList<>();
    private KafkaProducer<String, String> producer;
    private List<String> owners;
    Plan ingestPlan;
    private String templatePlan;
    private String templateStrategy;
    private String templateOverall;
    private String templateGoal;
    private String templateIndicator;

    private Region(Http http, Stack stack, Options options, Pipeline pipeline) {
        this.http = http;
        this.goals = stack.url("goals") + "/api/v1";
        this.stack = stack;
        this.options = options;
        this.pipeline = pipeline;
        for (int i = 0; i < options.periods; i++) {
            periods.add(String.format("%d-%02d", 2023 + i / 12, i % 12 + 1));
        }
    }

    static Region create(Http http, Stack stack, Options options, Pipeline pipeline) throws Exception {
        Region r = new Region(http, stack, options, pipeline);
        r.build();
        return r;
    }

    List<String> indicatorIds() {
        List<String> ids = new ArrayList<>();
        for (Plan p : plans) {
            for (Goal g : p.goals()) {
                ids.addAll(g.indicatorIds());
            }
        }
        return ids;
    }

    private void build() throws Exception {
        String council = create("/org-units", Map.of("name", "Regionfullmäktige (bench)", "kind", "COUNCIL", "code", "BRF"));
        String plan = create("/plans", Map.of("name", "Regionplan 2023-2025 (bench)", "fromYear", 2023, "toYear", 2025,
                "ownerUnitId", council));
        String strategy = create("/strategies", Map.of("planId", plan, "name", "Strategi"));
        String overall = create("/overall-goals", Map.of("strategyId", strategy, "title", "Övergripande mål"));
        String goal = create("/goals", Map.of("planId", plan, "ownerUnitId", council, "overallGoalId", overall,
                "title", "Resultatmål", "followUpFrequency", "MONTHLY"));
        List<Map<String, Object>> targets = new ArrayList<>();
        for (int year = 2023; year <= 2025; year++) {
            targets.add(Map.of("year", year, "kind", "AT_LEAST", "value", TARGET));
        }
        String indicator = create("/indicators", Map.of("goalId", goal, "name", "Mätetal", "unitOfMeasure", "%",
                "direction", "HIGHER_IS_BETTER", "followUpFrequency", "MONTHLY", "targets", targets));
        adopt(plan);
        readTemplates(List.of(council, plan, strategy, overall, goal, indicator));
        templatePlan = plan;
        templateStrategy = strategy;
        templateOverall = overall;
        templateGoal = goal;
        templateIndicator = indicator;

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            this.producer = producer;
            List<String> owners = new ArrayList<>();
            for (int i = 0; i < options.plans; i++) {
                owners.add(clone(council, Map.of("parentId", council, "name", "Nämnd " + i + " (bench)", "kind", "COMMITTEE")));
            }
            for (int i = 0; i < INGEST_UNITS; i++) {
                ingestUnits.add(clone(council, Map.of("parentId", council, "name", "Enhet " + i + " (bench)", "kind", "UNIT")));
            }
            String probeUnit = clone(council, Map.of("parentId", council, "name", "Mätenhet (bench)", "kind", "UNIT"));
            String ingestOwner = clone(council,
                    Map.of("parentId", council, "name", "Inläsningsnämnd (bench)", "kind", "COMMITTEE"));
            send("org units");
            // First what the freshness probe and the ingest need, taken by every consumer before the region comes.
            List<Plan> small = publishPlans(List.of(new Spec("Mätplan (bench)", probeUnit, 1, 1, 1, 1000),
                    new Spec("Inläsningsplan (bench)", ingestOwner, 1, INGEST_GOALS, INGEST_INDICATORS_PER_GOAL, 1001)),
                    "probe and ingest plans");
            probe = small.get(0);
            ingestPlan = small.get(1);
            for (Goal g : ingestPlan.goals()) {
                ingestIndicators.addAll(g.indicatorIds());
            }
            this.owners = owners;
        } finally {
            producer = null;
        }
    }

    /** The region's 20 plans. Each wave waits (bounded by --settle-seconds) for every consumer; a lag left is reported. */
    void publishRegion() throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerConfig())) {
            this.producer = producer;
            List<Spec> specs = new ArrayList<>();
            for (int i = 0; i < options.plans; i++) {
                specs.add(new Spec("Verksamhetsplan " + i + " 2023-2025 (bench)", owners.get(i),
                        Math.min(STRATEGIES, options.goalsPerPlan), options.goalsPerPlan, options.indicatorsPerGoal, 100 + i));
            }
            plans.addAll(publishPlans(specs, "region"));
        } finally {
            producer = null;
        }
    }

    private Properties producerConfig() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        return p;
    }

    private record Spec(String name, String owner, int strategies, int goals, int indicatorsPerGoal, int decision) {
    }

    /** Publishes plans level by level: plans, strategies with overall goals, goals, indicators. */
    private List<Plan> publishPlans(List<Spec> specs, String what) throws Exception {
        List<String> planIds = new ArrayList<>();
        for (Spec spec : specs) {
            planIds.add(clone(templatePlan, Map.of("ownerUnitId", spec.owner(), "name", spec.name(),
                    "decisionRef", "RS/" + spec.decision() + "/2022")));
        }
        send(what + ": plans");
        List<List<String[]>> structure = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            List<String[]> mine = new ArrayList<>();
            for (int s = 0; s < specs.get(i).strategies(); s++) {
                String st = clone(templateStrategy, Map.of("planId", planIds.get(i), "name", "Strategi " + s, "ordinal", s));
                String og = clone(templateOverall, Map.of("strategyId", st, "title", "Övergripande mål " + s));
                mine.add(new String[] { st, og });
            }
            structure.add(mine);
        }
        send(what + ": strategies and overall goals");
        List<List<Goal>> goalsOf = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            List<Goal> mine = new ArrayList<>();
            for (int g = 0; g < specs.get(i).goals(); g++) {
                String[] so = structure.get(i).get(g % structure.get(i).size());
                String id = clone(templateGoal, Map.of("planId", planIds.get(i), "ownerUnitId", specs.get(i).owner(),
                        "overallGoalId", so[1], "title", "Resultatmål " + g));
                mine.add(new Goal(id, planIds.get(i), so[0], so[1], specs.get(i).owner(), new ArrayList<>()));
            }
            goalsOf.add(mine);
        }
        send(what + ": goals");
        List<Plan> made = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            for (Goal g : goalsOf.get(i)) {
                for (int k = 0; k < specs.get(i).indicatorsPerGoal(); k++) {
                    g.indicatorIds().add(clone(templateIndicator, Map.of("goalId", g.id(), "name", "Mätetal " + k)));
                }
            }
            made.add(new Plan(planIds.get(i), specs.get(i).owner(), goalsOf.get(i)));
        }
        send(what + ": indicators");
        return made;
    }

    /** The newest event goals-service published for each of the ids. */
    private void readTemplates(List<String> ids) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-templates-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        String planId = ids.get(1);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of("styrkort.goals"));
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    if (ids.contains(r.key())) {
                        ConsumerRecord<String, String> known = templates.get(r.key());
                        if (known == null || version(r) >= version(known)) {
                            templates.put(r.key(), r);
                        }
                    }
                }
                boolean all = ids.stream().allMatch(templates::containsKey);
                if (all && "ADOPTED"
                        .equals(Http.JSON.readTree(templates.get(planId).value()).path("state").path("status").asText())) {
                    return;
                }
            }
        }
        throw new IllegalStateException("goals-service did not publish the template plan's events within 60 s; have "
                + templates.keySet());
    }

    private static long version(ConsumerRecord<String, String> r) {
        try {
            return Http.JSON.readTree(r.value()).path("version").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    /** A copy of a template's state under a new id with the given fields changed, queued for the wave. */
    private String clone(String templateId, Map<String, Object> fields) throws Exception {
        ConsumerRecord<String, String> template = templates.get(templateId);
        ObjectNode data = (ObjectNode) Http.JSON.readTree(template.value());
        ObjectNode state = (ObjectNode) data.get("state");
        String id = IDS.generate().toString();
        state.put("id", id);
        if (state.has("code")) {
            state.putNull("code");
        }
        for (Map.Entry<String, Object> f : fields.entrySet()) {
            if (f.getValue() instanceof Integer i) {
                state.put(f.getKey(), i);
            } else {
                state.put(f.getKey(), (String) f.getValue());
            }
        }
        data.put("changeType", "CREATED");
        ProducerRecord<String, String> r = new ProducerRecord<>("styrkort.goals", id, Http.JSON.writeValueAsString(data));
        for (Header h : template.headers()) {
            String value = new String(h.value(), StandardCharsets.UTF_8);
            if (h.key().equals("ce_id")) {
                value = IDS.generate().toString();
            } else if (h.key().equals("ce_subject")) {
                value = id;
            }
            r.headers().add(h.key(), value.getBytes(StandardCharsets.UTF_8));
        }
        wave.add(r);
        return id;
    }

    /** Publishes the wave and waits until every consumer has it. */
    private void send(String what) throws Exception {
        for (ProducerRecord<String, String> r : wave) {
            producer.send(r);
        }
        producer.flush();
        events += wave.size();
        System.out.printf("[bench] region: published %,d %s%n", wave.size(), what);
        wave.clear();
        if (pipeline.settle(options.settleSeconds, "region " + what, java.util.Set.of()) < 0) {
            unsettled.add(what + " (" + pipeline.lastLag + ")");
        }
    }

    private void adopt(String plan) {
        Http.Response read = http.get(goals + "/plans/" + plan, ADMIN).expectOk("read plan");
        String etag = read.raw().headers().firstValue("ETag").orElse("\"0\"");
        requests++;
        http.post(goals + "/plans/" + plan + "/adopt", ADMIN, "application/json",
                Http.bytes(Map.of("adoptedDate", "2022-11-15", "decisionRef", "RS/99/2022")),
                Map.of("If-Match", etag), Duration.ofSeconds(30)).expectOk("adopt plan");
        requests++;
    }

    private String create(String path, Map<String, Object> body) {
        Http.Response r = http.post(goals + path, ADMIN, body).expectOk("POST " + path);
        requests++;
        JsonNode id = r.json().path("id");
        if (id.isMissingNode()) {
            throw new IllegalStateException("POST " + path + " answered without an id: " + Http.abbreviate(r.body()));
        }
        return id.asText();
    }
}
