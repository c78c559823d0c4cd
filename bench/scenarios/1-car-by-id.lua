-- Scenario 1: GET /api/cars/{id} for random ids.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local cars = env_number("BENCH_CARS")
function init() seed_thread() end
function request() return get("/api/cars/" .. math.random(1, cars)) end
done = report
