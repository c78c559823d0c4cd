-- Deep pages by cursor: GET /api/cars?<BENCH_QUERY>&limit=20&after=C, where C is one of the cursors
-- in BENCH_CURSORS, each the `next` of a page about 100,000 cars deep (bench/run collects them
-- from the API first). What a client that has paged that far sends for the next page.
dofile(os.getenv("BENCH_DIR") .. "/scenarios/common.lua")
local query = os.getenv("BENCH_QUERY")
local cursors = {}
for line in io.lines(os.getenv("BENCH_CURSORS")) do cursors[#cursors + 1] = line end
function init() seed_thread() end
function request()
   return get("/api/cars?" .. query .. "&limit=20&after=" .. cursors[math.random(1, #cursors)])
end
done = report
