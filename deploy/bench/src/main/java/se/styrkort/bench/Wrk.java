package se.styrkort.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Roll-up reads loaded by wrk (Debian's package): closed-loop connections like the harness's Java
 * clients, each request a random one of the given paths, but a client that costs the two shared cores
 * a fraction of what Java's HttpClient does, so that the figure is the service's rather than its
 * clients'. wrk runs as the harness's child: its CPU counts as the harness's in {@link CpuSplit}.
 */
final class Wrk {

    /** One kind of request: a path of the service and the user whose token it carries. */
    record Request(String path, String user) {
    }

    /** What a measured wrk run reports: latency percentiles of every answer, 2xx answers, the rest. */
    record Result(double p50Ms, double p99Ms, long ok, long errors, double seconds) {
        double perSecond() {
            return ok / seconds;
        }
    }

    private final Http http;
    private final Path folder;

    Wrk(Http http, Path folder) {
        this.http = http;
        this.folder = folder;
    }

    /** Whether wrk is on the PATH ({@code deploy/bench/run} installs it where it can). */
    static boolean available() {
        try {
            Process p = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            p.waitFor(10, TimeUnit.SECONDS);
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** A load of the requests, ready to warm up and measure. */
    Load prepare(List<Request> requests, String name) throws IOException {
        return new Load(script(requests, name));
    }

    /** The script of one kind of load, run against {@code base} over {@code connections} connections on two threads. */
    final class Load {
        private final Path script;

        private Load(Path script) {
            this.script = script;
        }

        void warmUp(String base, int connections, int seconds) throws Exception {
            run(base, script, connections, seconds);
        }

        Result measure(String base, int connections, int seconds) throws Exception {
            return run(base, script, connections, seconds);
        }
    }

    private Result run(String base, Path script, int connections, int seconds) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--timeout", "10s",
                "-s", script.toString(), base).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(seconds + 60L, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("wrk did not end");
        }
        for (String line : out.split("\n")) {
            if (line.startsWith("styrkort-wrk ")) {
                String[] f = line.trim().split(" ");
                long answers = Long.parseLong(f[1]);
                long bad = Long.parseLong(f[3]) + Long.parseLong(f[4]);
                return new Result(Double.parseDouble(f[5]) / 1000, Double.parseDouble(f[6]) / 1000,
                        answers - Long.parseLong(f[3]), bad, Long.parseLong(f[2]) / 1e6);
            }
        }
        throw new IllegalStateException("wrk (exit " + p.exitValue() + ") printed no figures: " + Http.abbreviate(out));
    }

    /** The Lua script: the paths and tokens, a random one per request, the figures printed in one line at the end. */
    private Path script(List<Request> requests, String name) throws IOException {
        Map<String, Integer> users = new LinkedHashMap<>();
        List<String> tokens = new ArrayList<>();
        StringBuilder paths = new StringBuilder();
        for (Request r : requests) {
            Integer index = users.get(r.user());
            if (index == null) {
                tokens.add(http.token(r.user()));
                index = tokens.size();
                users.put(r.user(), index);
            }
            paths.append("{").append(lua(r.path())).append(",").append(index).append("},\n");
        }
        StringBuilder lua = new StringBuilder("local tokens = {\n");
        tokens.forEach(t -> lua.append(lua("Bearer " + t)).append(",\n"));
        lua.append("}\nlocal paths = {\n").append(paths).append("""
                }
                local n = #paths
                local threads = 0
                function setup(thread)
                  threads = threads + 1
                  thread:set("id", threads)
                end
                function init(args)
                  math.randomseed(os.time() * 7919 + id)
                end
                function request()
                  local p = paths[math.random(n)]
                  return wrk.format("GET", p[1], { ["Authorization"] = tokens[p[2]], ["Accept"] = "application/json" })
                end
                function done(summary, latency, requests)
                  local e = summary.errors
                  io.write(string.format("styrkort-wrk %d %d %d %d %d %d\\n", summary.requests, summary.duration,
                    e.status, e.connect + e.read + e.write + e.timeout, latency:percentile(50), latency:percentile(99)))
                end
                """);
        Path file = folder.resolve(name + ".lua");
        Files.writeString(file, lua);
        return file;
    }

    private static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
