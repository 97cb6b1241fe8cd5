# syntax=docker/dockerfile:1
# The Yuanliu portal. Build from the repository root:  docker compose -f docker/compose.yaml build
# It talks to the Elasticsearch of docker/elasticsearch.Dockerfile (ELASTICSEARCH_URL); it starts no node itself.

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -q -DskipTests -pl portal -am package \
 && mkdir -p /out/lib \
 && cp portal/target/yuanliu-portal-*.jar /out/yuanliu-portal.jar \
 && tr ':' '\n' < portal/target/classpath.txt | xargs -I{} cp {} /out/lib/

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /data yuanliu && mkdir -p /data && chown yuanliu /data
WORKDIR /app
COPY --from=build /out/ /app/
COPY samples/ /app/samples/
# The same configuration names as bin/run (see the README's configuration table); data lives in the /data volume.
# YUANLIU_HOST: bin/run listens on loopback only; in a container the port is reachable only once it is published.
ENV ELASTICSEARCH_URL=http://elasticsearch:9200 \
    YUANLIU_SAMPLES=/app/samples \
    YUANLIU_UPLOADS=/data/uploads \
    YUANLIU_REPORTS=/data/reports \
    YUANLIU_ADMIN_PASSWORD_HASH_FILE=/data/admin-password.hash \
    YUANLIU_SESSION_SECRET_FILE=/data/session-secret \
    YUANLIU_SESSION_REVOCATIONS_FILE=/data/session-revocations \
    YUANLIU_HOST=0.0.0.0 \
    PORT=8080
VOLUME /data
USER yuanliu
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health HTTP/1.0\\r\\n\\r\\n' >&3 && grep -q ' 200 ' <&3"]
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-cp", "/app/yuanliu-portal.jar:/app/lib/*", "org.yuanliu.portal.Application"]
