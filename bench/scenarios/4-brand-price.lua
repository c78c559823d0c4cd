-- Scenario 4: GET /api/cars?brand=B&minPrice=..&maxPrice=..&sort=price&limit=20 for random brands
-- and price ranges (a lower bound in 2,000..120,000, a width of 1,000..30,000).
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
function init() seed_thread() end
function request()
   local low = math.random(2000, 120000)
   return get("/api/cars?brand=Brand" .. math.random(1, 40) .. "&minPrice=" .. low
      .. "&maxPrice=" .. (low + math.random(1000, 30000)) .. "&sort=price&limit=20")
end
done = report
