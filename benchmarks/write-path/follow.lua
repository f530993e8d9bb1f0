-- wrk: PUT /api/v1/me/following/{id} as the users of users.txt ("id token" lines, written by
-- io.relations.benchmarks.http.TokenFile for the users pgbench/load-users.sql loads). Each thread
-- walks the followers in turn from its own offset. The followed user is random and never the
-- follower, as in pgbench/follow.sql ("cold"), or, with a second argument n > 0, always user n of
-- the file ("hot": everyone follows one user; n itself is skipped as a follower).
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
  hot_target = tonumber(args[2] or "0")
  next_follower = (thread_number * 7919) % #users
  math.randomseed(thread_number * 104729 + os.time())
end

function request()
  next_follower = next_follower % #users + 1
  if next_follower == hot_target then
    next_follower = next_follower % #users + 1
  end
  local followed = hot_target
  if hot_target == 0 then
    followed = math.random(#users - 1)
    if followed >= next_follower then
      followed = followed + 1
    end
  end
  return wrk.format("PUT", "/api/v1/me/following/" .. users[followed].id,
    { ["Authorization"] = users[next_follower].authorization })
end
