-- Scenario 2: GET /api/cars?status=available&limit=20&offset=K for random K in 0..1000, with total.
-- BENCH_OFFSET moves K (the deep variant pages at 100,000..101,000).
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local base = tonumber(os.getenv("BENCH_OFFSET") or "0")
function init() seed_thread() end
function request()
   return get("/api/cars?status=available&limit=20&offset=" .. (base + math.random(0, 1000)))
end
done = report
