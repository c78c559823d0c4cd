-- Scenario 3: GET /api/cars?sellerId=S&limit=20 for random sellers, with total.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local first = env_number("BENCH_FIRST_SELLER")
local sellers = env_number("BENCH_SELLERS")
function init() seed_thread() end
function request()
   return get("/api/cars?sellerId=" .. (first + math.random(0, sellers - 1)) .. "&limit=20")
end
done = report
