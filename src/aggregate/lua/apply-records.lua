--[[
  Adds a batch of jobs' aggregate records, each exactly once (DESIGN §8). Every job's claim and all
  of its increments happen in this one atomic call, so a job re-run after a worker died changes
  nothing. A batch is the records a worker finished while its previous call was in flight
  (redis-store.ts); increments of one key and field are summed and sent once, so Redis pays one
  command per field a batch touches rather than one per field per job.

  Input:
    KEYS[1]  <prefix>:buckets   sorted set of bucket starts (score: epoch ms)
    KEYS[2]  <prefix>:capped    hash bucketStart -> events left out by the cap
    then six keys for each bucket b = 1..B of the batch, at KEYS[2 + 6(b-1) + 1..6]:
      1 <prefix>:seen:<bucketStart>          set of counted job ids (expires, see ARGV[1])
      2 <prefix>:agg:<bucketStart>           hash "<dimension>|<category>|<model>|<app>|<metric>" -> integer
      3 <prefix>:pii:<bucketStart>           hash PII type -> redactions
      4 <prefix>:unclassified:<bucketStart>  hash reason -> events
      5 <prefix>:acctn:<bucketStart>         hash account hash -> sampled events (only with a cap)
      6 <prefix>:counted:<bucketStart>       hash of how the bucket was counted: "rate:<r>" -> events in
                                             the cells sampled at rate r; "cap:<c>" -> counted jobs under
                                             account cap c (0: none); "maxTokens:<m>" -> counted jobs whose
                                             tokens were clipped to m; "key:<k>" -> counted jobs sampled
                                             under the SAMPLER_KEY fingerprinted k; "bucket:<u>" -> counted
                                             jobs whose bucket start is of BUCKET unit u
    then the HyperLogLog keys <prefix>:acct:<bucketStart>:<cell> of account hashes, each once, at
    KEYS[2 + 6B + 1..] (all keys share the prefix's hash tag)

    ARGV[1]  seen TTL (seconds)   ARGV[2]  account cap per bucket, "0" for none
    ARGV[3]  B, the number of buckets, then B pairs: bucketStart, bucketStart as epoch ms
    then each record, in order:
      job id, bucket number (1..B), account hash or "", promptTokens, completionTokens, chars,
      unclassified reason or "", sample rate or "", token bound or "", SAMPLER_KEY fingerprint or "",
      BUCKET unit or "" ("" where its job recorded none),
      d, then d pairs: cell id "<dimension>|<category>|<model>|<app>", place of its HyperLogLog among
      those keys (1 for the first),
      p, then p pairs: PII type, count

  Output: one number per record, in order
    0  the job id was already counted: nothing changed
    1  counted
    2  counted only as capped (the account had reached the cap in this bucket)
]]
local rcall = redis.call

local ttl, cap = ARGV[1], tonumber(ARGV[2])
local buckets = tonumber(ARGV[3])
local hllBefore = 2 + 6 * buckets
local claimed = {}

-- key -> field -> sum, sent as one HINCRBY per field at the end
local sums = {}
local function add(key, field, n)
  local fields = sums[key]
  if not fields then
    fields = {}
    sums[key] = fields
  end
  fields[field] = (fields[field] or 0) + n
end
-- HyperLogLog key -> account hashes, sent as one PFADD per key at the end
local accounts = {}

local outcomes = {}
local i = 4 + 2 * buckets
while i <= #ARGV do
  local jobId, b, account = ARGV[i], tonumber(ARGV[i + 1]), ARGV[i + 2]
  local promptTokens, completionTokens, chars = tonumber(ARGV[i + 3]), tonumber(ARGV[i + 4]), tonumber(ARGV[i + 5])
  local reason, rate, maxTokens, keyId, unit = ARGV[i + 6], ARGV[i + 7], ARGV[i + 8], ARGV[i + 9], ARGV[i + 10]
  local d = tonumber(ARGV[i + 11])
  local cellsAt = i + 12
  local p = tonumber(ARGV[cellsAt + 2 * d])
  local piiAt = cellsAt + 2 * d + 1
  i = piiAt + 2 * p

  local k = 2 + 6 * (b - 1)
  local outcome = 0
  if rcall("SADD", KEYS[k + 1], jobId) == 1 then
    claimed[b] = true
    local counted = KEYS[k + 6]
    add(counted, "cap:" .. ARGV[2], 1)
    if maxTokens ~= "" then add(counted, "maxTokens:" .. maxTokens, 1) end
    if keyId ~= "" then add(counted, "key:" .. keyId, 1) end
    if unit ~= "" then add(counted, "bucket:" .. unit, 1) end

    -- The cap is checked job by job, in order, against Redis: other workers count the same account.
    if account ~= "" and cap > 0 and rcall("HINCRBY", KEYS[k + 5], account, 1) > cap then
      add(KEYS[2], ARGV[2 + 2 * b], 1)
      outcome = 2
    else
      outcome = 1
      if rate ~= "" then add(counted, "rate:" .. rate, 1) end
      local agg = KEYS[k + 2]
      for c = cellsAt, cellsAt + 2 * d - 1, 2 do
        local cell = ARGV[c]
        add(agg, cell .. "|events", 1)
        add(agg, cell .. "|promptTokens", promptTokens)
        add(agg, cell .. "|completionTokens", completionTokens)
        add(agg, cell .. "|chars", chars)
        if account ~= "" then
          local hll = KEYS[hllBefore + tonumber(ARGV[c + 1])]
          local list = accounts[hll]
          if not list then
            list = {}
            accounts[hll] = list
          end
          list[#list + 1] = account
        end
      end
      for q = piiAt, piiAt + 2 * p - 1, 2 do
        add(KEYS[k + 3], ARGV[q], tonumber(ARGV[q + 1]))
      end
      if reason ~= "" then add(KEYS[k + 4], reason, 1) end
    end
  end
  outcomes[#outcomes + 1] = outcome
end

for b = 1, buckets do
  if claimed[b] then
    local k = 2 + 6 * (b - 1)
    rcall("EXPIRE", KEYS[k + 1], ttl)
    rcall("ZADD", KEYS[1], ARGV[3 + 2 * b], ARGV[2 + 2 * b])
  end
end
for key, fields in pairs(sums) do
  for field, n in pairs(fields) do
    -- %.0f: tostring would write large sums as 1e+15, which HINCRBY refuses
    rcall("HINCRBY", key, field, string.format("%.0f", n))
  end
end
for key, list in pairs(accounts) do
  rcall("PFADD", key, unpack(list))
end
return outcomes
