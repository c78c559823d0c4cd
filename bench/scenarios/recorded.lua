-- Any scenario (BENCH_SCENARIO, a file in bench/scenarios), with every request recorded: one line
-- per request in BENCH_RECORD/thread-N, "answered-at-ms latency-µs status method id", where
-- answered-at is wall-clock milliseconds since the epoch (to line up with the moment the failover
-- script killed the primary), status 0 is a request whose connection closed without an answer,
-- and id is the first "id" of the answer's body ("-" if none). Used by bench/lib/failover.sh.
-- Run it with one connection per thread (wrk -tC -cC): request and response then alternate.
local ffi = require("ffi")
ffi.cdef [[
typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
int clock_gettime(int clock, bench_timespec *t);
]]
local clock = ffi.new("bench_timespec")
local function now_us() -- CLOCK_REALTIME: wrk's Lua has no wall clock finer than a second
   ffi.C.clock_gettime(0, clock)
   return tonumber(clock.tv_sec) * 1000000 + math.floor(tonumber(clock.tv_nsec) / 1000)
end

dofile(os.getenv("BENCH_DIR") .. "/scenarios/" .. os.getenv("BENCH_SCENARIO"))
local scenario_setup, scenario_init, scenario_request, scenario_response = setup, init, request, response

local threads = 0
function setup(thread)
   threads = threads + 1
   thread:set("number", threads)
   if scenario_setup then scenario_setup(thread) end
end

local log, sent, method, verifying
function init(args)
   log = assert(io.open(os.getenv("BENCH_RECORD") .. "/thread-" .. number, "w"))
   verifying = number == 1 -- wrk asks the first thread for one request it never sends, to check it
   if scenario_init then scenario_init(args) end
end

local function record(status, body)
   local now = now_us()
   local id = body and body:match('"id"%s*:%s*(%d+)') or "-"
   log:write(string.format("%.0f %.0f %d %s %s\n", math.floor(now / 1000), now - sent, status, method, id))
end

function request()
   if verifying then
      verifying = false
      return scenario_request()
   end
   if sent then record(0, nil) end -- wrk reconnected and asks again: the last one was never answered
   local text = scenario_request()
   method = text:match("^(%u+)")
   sent = now_us()
   return text
end

function response(status, headers, body)
   record(status, body)
   sent = nil
   if scenario_response then scenario_response(status, headers, body) end
end
