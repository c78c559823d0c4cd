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

-- A GET of `path`, with the request line and headers wrk.format would write. They are built once
-- per thread and the path is put between them: wrk.format assembles every request from its parts,
-- and on a two-core machine the client's CPU is taken from the server it measures.
local get_tail = nil
function get(path)
   if get_tail == nil then
      get_tail = wrk.format("GET", "/"):sub(#"GET /" + 1)
   end
   return "GET " .. path .. get_tail
end
