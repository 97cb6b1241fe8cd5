#!/usr/bin/env bash
# Checks the container files without a Docker engine: compose.yaml parses and wires both services, every file the
# Dockerfiles COPY exists, every configuration name they set is one application.yml reads. `mvn verify` runs the
# same checks (DockerFilesTest); this script runs them on their own after `mvn -DskipTests package`.
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f portal/target/classpath.txt && -d portal/target/test-classes ]] || { echo "run mvn -DskipTests package first" >&2; exit 2; }
exec java -cp "portal/target/test-classes:portal/target/classes:$(cat portal/target/classpath.txt)" \
  org.yuanliu.portal.ops.DockerFiles "$PWD"
