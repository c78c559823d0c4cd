-- Shared by every scenario: the figures wrk measured, on one line bench/run parses.
-- Latencies are in microseconds; requests/s counts every response, and errors are reported
-- separately so a run full of 4xx/5xx cannot pass for a fast one.
function report(summary, latency)
   local seconds = summary.duration / 1e6
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                  + summary.errors.status + summary.errors.timeout
   io.write(string.format("RESULT rps=%.1f p50=%.2f p99=%.2f requests=%d errors=%d\n",
      summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      summary.requests, errors))
end

function env_number(name)
   local value = tonumber(os.getenv(name) or "")
   if value == nil then error("bench: environment variable " .. name .. " is not set") end
   return value
end

-- Each wrk thread seeds its own generator, or all of them would ask for the same ids.
function seed_thread()
   math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 100000)
end
