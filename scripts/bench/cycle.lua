-- wrk script of scripts/bench-load: cycles through the request paths listed one per
-- line in the file named by NABO_BENCH_PATHS, and prints one machine-readable line.
local paths = {}
for line in io.lines(os.getenv("NABO_BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local next_path = 0

request = function()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors
  io.write(string.format(
    "RESULT requests=%d qps=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    errors.status, errors.connect + errors.read + errors.write + errors.timeout))
end
