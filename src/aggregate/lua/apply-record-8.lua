--[[
  Adds one job's aggregate record, exactly once (DESIGN §8). Claims the job id, then applies every
  increment in the same atomic call, so a job re-run after a worker died changes nothing.

  Input:
    KEYS[1]  <prefix>:seen:<bucketStart>          set of counted job ids (expires, see ARGV[2])
    KEYS[2]  <prefix>:buckets                     sorted set of bucket starts (score: epoch ms)
    KEYS[3]  <prefix>:agg:<bucketStart>           hash "<dimension>|<category>|<model>|<app>|<metric>" -> integer
    KEYS[4]  <prefix>:pii:<bucketStart>           hash PII type -> redactions
    KEYS[5]  <prefix>:unclassified:<bucketStart>  hash reason -> events
    KEYS[6]  <prefix>:acctn:<bucketStart>         hash account hash -> sampled events (only with a cap)
    KEYS[7]  <prefix>:capped                      hash bucketStart -> events left out by the cap
    KEYS[8]  <prefix>:counted:<bucketStart>       hash of how the bucket was counted: "rate:<r>" -> events in
                                                  the cells sampled at rate r; "cap:<c>" -> counted jobs under
                                                  account cap c (0: none); "maxTokens:<m>" -> counted jobs whose
                                                  tokens were clipped to m; "key:<k>" -> counted jobs sampled
                                                  under the SAMPLER_KEY fingerprinted k; "bucket:<u>" -> counted
                                                  jobs whose bucket start is of BUCKET unit u
    KEYS[9..8+d]  <prefix>:acct:<bucketStart>:<cell>  HyperLogLog of account hashes, one per cell below
                  (8 fixed keys plus one per taxonomy dimension; all share the prefix's hash tag)

    ARGV[1]  job id               ARGV[2]  seen TTL (seconds)
    ARGV[3]  bucketStart          ARGV[4]  bucketStart as epoch ms
    ARGV[5]  account hash or ""   ARGV[6]  account cap per bucket, "0" for none
    ARGV[7]  promptTokens         ARGV[8]  completionTokens
    ARGV[9]  chars                ARGV[10] unclassified reason or ""
    ARGV[11] sample rate the event was sampled at, or "" when its job recorded none
    ARGV[12] token bound its usage was clipped to, or "" when its job recorded none
    ARGV[13] SAMPLER_KEY fingerprint, or "" when its job recorded none
    ARGV[14] BUCKET unit (hour, day, week), or "" when its job recorded none
    ARGV[15] d, the number of cells
    ARGV[16..15+d]  cell ids "<dimension>|<category>|<model>|<app>"
    ARGV[16+d..]    PII pairs: type, count, type, count, ...

  Output:
    0  the job id was already counted: nothing changed
    1  counted
    2  counted only as capped (the account had reached the cap in this bucket)
]]
local rcall = redis.call

if rcall("SADD", KEYS[1], ARGV[1]) == 0 then
  return 0
end
rcall("EXPIRE", KEYS[1], ARGV[2])
rcall("ZADD", KEYS[2], ARGV[4], ARGV[3])
rcall("HINCRBY", KEYS[8], "cap:" .. ARGV[6], 1)
if ARGV[12] ~= "" then
  rcall("HINCRBY", KEYS[8], "maxTokens:" .. ARGV[12], 1)
end
if ARGV[13] ~= "" then
  rcall("HINCRBY", KEYS[8], "key:" .. ARGV[13], 1)
end
if ARGV[14] ~= "" then
  rcall("HINCRBY", KEYS[8], "bucket:" .. ARGV[14], 1)
end

local account = ARGV[5]
local cap = tonumber(ARGV[6])
if account ~= "" and cap > 0 then
  if rcall("HINCRBY", KEYS[6], account, 1) > cap then
    rcall("HINCRBY", KEYS[7], ARGV[3], 1)
    return 2
  end
end

if ARGV[11] ~= "" then
  rcall("HINCRBY", KEYS[8], "rate:" .. ARGV[11], 1)
end

local d = tonumber(ARGV[15])
for i = 1, d do
  local cell = ARGV[15 + i]
  rcall("HINCRBY", KEYS[3], cell .. "|events", 1)
  rcall("HINCRBY", KEYS[3], cell .. "|promptTokens", ARGV[7])
  rcall("HINCRBY", KEYS[3], cell .. "|completionTokens", ARGV[8])
  rcall("HINCRBY", KEYS[3], cell .. "|chars", ARGV[9])
  if account ~= "" then
    rcall("PFADD", KEYS[8 + i], account)
  end
end

for i = 16 + d, #ARGV, 2 do
  rcall("HINCRBY", KEYS[4], ARGV[i], ARGV[i + 1])
end

if ARGV[10] ~= "" then
  rcall("HINCRBY", KEYS[5], ARGV[10], 1)
end
return 1
