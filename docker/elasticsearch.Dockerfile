# syntax=docker/dockerfile:1
# Elasticsearch 8.19.21 with this project's IK plugin (ik_smart / ik_max_word with the domain dictionary).
# The plugin zip is built by `mvn package` (module ik-analysis-plugin); build this image from the repository root
# after it:  mvn -B -DskipTests package && docker compose -f docker/compose.yaml build

FROM docker.elastic.co/elasticsearch/elasticsearch:8.19.21
COPY ik-analysis-plugin/target/yuanliu-ik-analysis-plugin-*-plugin.zip /tmp/ik-plugin/
RUN bin/elasticsearch-plugin install --batch "file://$(ls /tmp/ik-plugin/*.zip)" && rm -rf /tmp/ik-plugin
