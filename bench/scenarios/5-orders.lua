-- The write scenario: each connection (one per wrk thread) is a buyer who orders a random car and,
-- when the order was placed, cancels it with the next request, which makes the car available again.
-- Ordering a car that is not available answers 409; those attempts are counted in "errors".
-- A cancel answered 5xx (a fault: bench/lib/failover.sh) is sent again, so the buyer's pending
-- orders stay below max-pending-orders.
-- BENCH_TOKENS is a file with one bearer token per line, one per thread.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local cars = env_number("BENCH_CARS")
local tokens = {}
for line in io.lines(os.getenv("BENCH_TOKENS")) do tokens[#tokens + 1] = line end
local next_token = 0

function setup(thread)
   next_token = next_token + 1
   thread:set("token", tokens[(next_token - 1) % #tokens + 1])
end

local pending = nil
function init()
   seed_thread()
   wrk.headers["Authorization"] = "Bearer " .. token
   wrk.headers["Content-Type"] = "application/json"
end

function request()
   if pending then
      return wrk.format("PATCH", "/api/orders/" .. pending, nil, '{"status":"cancelled"}')
   end
   return wrk.format("POST", "/api/orders", nil, '{"carId":' .. math.random(1, cars) .. '}')
end

function response(status, headers, body)
   if pending then
      if status < 500 then pending = nil end
   elseif status == 201 then
      pending = body:match('"id"%s*:%s*(%d+)')
   end
end
done = report
