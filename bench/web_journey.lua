-- wrk script of bench/web.py: replays the requests of the web chat's journeys, in order, over
-- and over. bench/web.py writes them to a file, one request a line, tab-separated: the method,
-- the path, the form body (empty for a GET) and 1 when the connection closes after it, else 0.
--
--     wrk -t1 -c32 -d15s -s bench/web_journey.lua http://127.0.0.1:8080 -- requests.tsv
--
-- Every response that is not a 200 is counted; `done` prints one line that bench/web.py reads.

local planned = {}
local index = 0
non200 = 0 -- a global: done() reads each thread's with thread:get
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    local method, path, body, close = line:match("^(%u+)\t([^\t]*)\t([^\t]*)\t([01])$")
    assert(method, "not a request line: " .. line)
    local headers = {}
    if method == "POST" then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
    end
    if close == "1" then
      headers["Connection"] = "close"
    end
    if body == "" then
      body = nil
    end
    table.insert(planned, wrk.format(method, path, headers, body))
  end
  assert(#planned > 0, "no requests in " .. args[1])
end

function request()
  index = index % #planned + 1
  return planned[index]
end

function response(status, headers, body)
  if status ~= 200 then
    non200 = non200 + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("non200")
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%.0f duration_us=%.0f p50_us=%.1f p99_us=%.1f non200=%.0f "
      .. "connect=%.0f read=%.0f write=%.0f timeout=%.0f\n",
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99),
    bad, e.connect, e.read, e.write, e.timeout
  ))
end
