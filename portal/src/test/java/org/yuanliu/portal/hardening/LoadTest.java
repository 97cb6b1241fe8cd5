package org.yuanliu.portal.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.yuanliu.indexer.IndexedSamples;
import org.yuanliu.indexer.RealElasticsearch;
import org.yuanliu.portal.TestPortal;

/**
 * wrk against /api/search on the indexed samples: 32 connections for 60 s (yuanliu.load.duration,
 * yuanliu.load.connections), rotating words, a phrase and facet filters. Every response must be 2xx and no socket
 * may fail; p50/p99 are printed. Tagged "load": run by {@code -Pload} only; skipped when wrk is not installed.
 */
@Tag("load")
@ExtendWith(RealElasticsearch.class)
class LoadTest {
    /** Realistic requests: words, an exact phrase, a synonym, facet filters, an era, a second page. */
    static final List<String> PATHS = List.of(
            "/api/search?q=%E8%8B%8F%E8%81%94",                                             // 苏联
            "/api/search?q=%22%E7%8B%AC%E7%AB%8B%E8%87%AA%E4%B8%BB%E4%B8%8D%E6%98%AF%E9%97%AD%E5%85%B3%E8%87%AA%E5%AE%88%22", // "独立自主不是闭关自守"
            "/api/search?q=%E5%9B%BD%E9%99%85%E7%A7%91%E6%8A%80%E5%90%88%E4%BD%9C",         // 国际科技合作
            "/api/search?q=USSR&country=SU",
            "/api/search?stage=1949-1977&country=SU",
            "/api/search?q=%E7%A7%91%E6%8A%80&from=1978&to=2000&sort=year",                 // 科技
            "/api/search?q=%E5%8D%81%E4%B8%89%E4%BA%94&page=2&size=10",                     // 十三五
            "/api/search?theme=belt-and-road");

    @Test
    void thirtyTwoConnectionsForAMinuteWithoutAnError(RealElasticsearch.Node node, IndexedSamples samples, @TempDir Path dir)
            throws Exception {
        Assumptions.assumeTrue(wrkInstalled(), "wrk is not installed (Debian: apt-get install wrk): load test skipped");
        int seconds = Integer.getInteger("yuanliu.load.duration", 60);
        int connections = Integer.getInteger("yuanliu.load.connections", 32);
        try (TestPortal portal = TestPortal.start(node.engine().url(), samples.prefix())) {
            for (String path : PATHS) {
                assertThat(portal.get(path).statusCode()).as(path).isEqualTo(200); // the rotation itself is valid
            }
            Path script = dir.resolve("rotate.lua");
            Files.writeString(script, lua(), StandardCharsets.UTF_8);
            Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                    "--latency", "-s", script.toString(), portal.url().toString()).redirectErrorStream(true).start();
            String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(wrk.waitFor(seconds + 60L, TimeUnit.SECONDS)).isTrue();
            System.out.println("wrk on /api/search, " + connections + " connections, " + seconds + " s:\n" + output);
            assertThat(wrk.exitValue()).as(output).isZero();

            assertThat(output).as("wrk counted socket errors").doesNotContain("Socket errors");
            assertThat(output).as("wrk counted non-2xx/3xx responses").doesNotContain("Non-2xx");
            long requests = number(output, "YUANLIU requests=(\\d+)");
            long non2xx = number(output, "YUANLIU non2xx=(\\d+)");
            assertThat(requests).as(output).isGreaterThan(0);
            assertThat(non2xx).as("responses other than 2xx (the first is printed by the script)\n" + output).isZero();
            String p50 = text(output, "YUANLIU p50=(\\S+)");
            String p99 = text(output, "YUANLIU p99=(\\S+)");
            System.out.printf("LOAD /api/search: %d requests, 0 errors, p50 %s ms, p99 %s ms%n", requests, p50, p99);
        }
    }

    static String lua() {
        StringBuilder paths = new StringBuilder();
        for (String path : PATHS) {
            paths.append("  \"").append(path).append("\",\n");
        }
        return """
                -- rotates realistic searches; counts responses that are not 2xx in every thread
                local paths = {
                %s}
                local threads = {}
                function setup(thread)
                  table.insert(threads, thread)
                end
                function init(args)
                  i = math.random(#paths)
                  non2xx = 0
                  requests = 0
                  first_bad = ""
                end
                function request()
                  i = i %% #paths + 1
                  return wrk.format("GET", paths[i], {["Accept"] = "application/json"})
                end
                function response(status, headers, body)
                  requests = requests + 1
                  if status < 200 or status > 299 then
                    non2xx = non2xx + 1
                    if first_bad == "" then first_bad = status .. " " .. paths[i] end
                  end
                end
                function done(summary, latency, requests_)
                  local bad, total = 0, 0
                  for _, thread in ipairs(threads) do
                    bad = bad + thread:get("non2xx")
                    total = total + thread:get("requests")
                    local first = thread:get("first_bad")
                    if first ~= "" then io.write("YUANLIU first_bad=" .. first .. "\\n") end
                  end
                  io.write(string.format("YUANLIU requests=%%d\\n", total))
                  io.write(string.format("YUANLIU non2xx=%%d\\n", bad))
                  io.write(string.format("YUANLIU p50=%%.1f\\n", latency:percentile(50) / 1000))
                  io.write(string.format("YUANLIU p99=%%.1f\\n", latency:percentile(99) / 1000))
                  io.write(string.format("YUANLIU errors connect=%%d read=%%d write=%%d status=%%d timeout=%%d\\n",
                    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status,
                    summary.errors.timeout))
                end
                """.formatted(paths);
    }

    private static boolean wrkInstalled() {
        try {
            Process process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            process.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static long number(String output, String pattern) {
        return Long.parseLong(text(output, pattern));
    }

    private static String text(String output, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(output);
        if (!m.find()) {
            throw new AssertionError("no " + pattern + " in the output of wrk:\n" + output);
        }
        return m.group(1);
    }
}
