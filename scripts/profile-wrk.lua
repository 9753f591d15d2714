-- wrk script: GET /v1/users/{id}/profile over the demo users u000001..u001000 (BENCHMARKS.md, personas)
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", string.format("/v1/users/u%06d/profile", (n * 7919) % 1000 + 1))
end
