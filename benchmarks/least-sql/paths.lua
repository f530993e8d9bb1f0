-- wrk: the four paths of benchmarks/least-sql/run.sh as the users of users.txt ("id token" lines,
-- written by io.relations.benchmarks.http.TokenFile for user n = md5(n) of line n). Arguments:
-- users.txt, the path, the pool size P, the hot target H (0 for cold), wrk's thread count (init
-- runs before the later threads exist). Each thread walks the callers in turn from its own share
-- of the file, so no two threads send the same caller's follow
-- of one user. The other users are chosen as the pgbench scripts of pgbench/ choose them:
--   follow     cold (H = 0): a random other user; hot: user H, whom every caller follows
--   followers  the first page of 20 followers of a random pool user (1..P)
--   stats      the counts of a random user
--   lookup     the relationships with the 100 users around the caller (n-50..n+50 without n)
local threads = {}

function setup(thread)
  thread:set("thread_number", #threads)
  table.insert(threads, thread)
end

function init(args)
  users = {}
  for line in io.lines(args[1]) do
    local id, token = line:match("^(%S+) (%S+)$")
    users[#users + 1] = { id = id, authorization = "Bearer " .. token }
  end
  path = args[2]
  pool = tonumber(args[3])
  hot_target = tonumber(args[4])
  next_caller = math.floor(thread_number * #users / tonumber(args[5]))
  math.randomseed(thread_number * 104729 + os.time())
end

local function around(n, d)
  return (n - 1 + d + #users) % #users + 1
end

local requests = {
  follow = function(caller)
    local followed = hot_target
    if hot_target == 0 then
      followed = around(caller, math.random(#users - 1))
    end
    return "PUT", "/api/v1/me/following/" .. users[followed].id
  end,
  followers = function()
    return "GET", "/api/v1/users/" .. users[math.random(pool)].id .. "/followers?limit=20"
  end,
  stats = function()
    return "GET", "/api/v1/users/" .. users[math.random(#users)].id .. "/stats"
  end,
  lookup = function(caller)
    local ids = {}
    for d = -50, 50 do
      if d ~= 0 then
        ids[#ids + 1] = users[around(caller, d)].id
      end
    end
    return "GET", "/api/v1/me/relationships?ids=" .. table.concat(ids, ",")
  end,
}

function request()
  next_caller = next_caller % #users + 1
  if next_caller == hot_target then
    next_caller = next_caller % #users + 1
  end
  local method, target = requests[path](next_caller)
  return wrk.format(method, target, { ["Authorization"] = users[next_caller].authorization })
end
