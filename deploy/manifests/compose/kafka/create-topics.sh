#!/bin/bash
# Creates the topics of deploy/infra/src/main/java/se/styrkort/infra/Topics.java (the source of
# truth; a test holds this file to it) on the compose broker. Existing topics are left as they are.
set -euo pipefail
bootstrap="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"

topic() {
  local name="$1" partitions="$2"
  shift 2
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --create --if-not-exists \
    --topic "$name" --partitions "$partitions" --replication-factor 1 "$@"
}

topic styrkort.goals 3 --config cleanup.policy=compact --config min.compaction.lag.ms=3600000
topic styrkort.goals.dlq 1 --config cleanup.policy=delete --config retention.ms=2592000000
topic styrkort.outcomes 3 --config cleanup.policy=compact --config min.compaction.lag.ms=3600000
topic styrkort.outcomes.dlq 1 --config cleanup.policy=delete --config retention.ms=2592000000
topic styrkort.budget 3 --config cleanup.policy=compact --config min.compaction.lag.ms=3600000
topic styrkort.budget.dlq 1 --config cleanup.policy=delete --config retention.ms=2592000000
topic styrkort.reporting 3 --config cleanup.policy=compact --config min.compaction.lag.ms=3600000
topic styrkort.reporting.dlq 1 --config cleanup.policy=delete --config retention.ms=2592000000

/opt/kafka/bin/kafka-topics.sh --bootstrap-server "$bootstrap" --list
