-- Deep pages: GET /api/cars?sort=price&limit=20&offset=K, K in 100,000..101,000, over all cars.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
function init() seed_thread() end
function request()
   return get("/api/cars?sort=price&limit=20&offset=" .. (100000 + math.random(0, 1000)))
end
done = report
