using System.Text.Json;

namespace ClaimsGraph.Cli.Bench;

/// <summary>
/// wrk Lua scripts for the benchmark questions, one per question and layer (<c>NAME.graphql.lua</c>,
/// <c>NAME.plain.lua</c>), so an external load generator can measure the API without the in-process
/// client's CPU on the same cores. Each script prints one <c>wrk-result</c> line (requests, duration, p50, p99,
/// and wrk's error count, which includes non-2xx statuses) and writes the first response that is not a 200
/// without <c>errors</c> to stderr.
/// </summary>
public static class WrkScripts
{
    public static void Write(string directory, IEnumerable<BenchScenario> scenarios, string plainPath)
    {
        Directory.CreateDirectory(directory);
        foreach (var scenario in scenarios)
        {
            var graphql = JsonSerializer.Serialize(new { query = scenario.Query, variables = scenario.Variables });
            File.WriteAllText(Path.Combine(directory, scenario.Name + ".graphql.lua"), Script("/graphql", graphql));
            File.WriteAllText(Path.Combine(directory, scenario.Name + ".plain.lua"), Script(plainPath + scenario.Name, "{}"));
        }
    }

    private static string Script(string path, string body) => $$"""
        wrk.method = "POST"
        wrk.path = {{LuaString(path)}}
        wrk.headers["Content-Type"] = "application/json"
        wrk.body = {{LuaString(body)}}
        local failures = 0
        response = function(status, headers, body)
          if status ~= 200 or string.find(body, '"errors"', 1, true) then
            failures = failures + 1
            if failures == 1 then io.stderr:write("bad response: " .. status .. " " .. string.sub(body, 1, 300) .. "\n") end
          end
        end
        done = function(summary, latency, requests)
          io.write(string.format("wrk-result requests=%d duration=%.3f p50=%.3f p99=%.3f errors=%d\n",
            summary.requests, summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
            summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
        end

        """;

    /// <summary>A Lua string literal: the JSON escapes written here (\", \\, \n, \t) are Lua escapes too, and the relaxed encoder writes other characters as they are.</summary>
    private static string LuaString(string value) => JsonSerializer.Serialize(value, LuaSafe);

    private static readonly JsonSerializerOptions LuaSafe = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
