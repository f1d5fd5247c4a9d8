#!/usr/bin/env python3
"""prompt-census keyed sampling, for gateways written in Python: decide locally and send only the
sampled requests to the sidecar. The spec (README, "Sampling spec"):

    h = HMAC-SHA256(key = UTF-8(SAMPLER_KEY), message = "prompt-census/v1\\n" + UTF-8(id))
    u = first 8 bytes of h, unsigned big-endian
    sampled  <=>  u < floor(SAMPLE_RATE * 2^64)

Standard library only. Checked against schemas/sampling-vectors.json by test/examples/sampling-snippets.test.ts.
"""
import hashlib
import hmac
import math

DOMAIN = b"prompt-census/v1\n"


def sampling_hash(key: str, request_id: str) -> bytes:
    return hmac.new(key.encode("utf-8"), DOMAIN + request_id.encode("utf-8"), hashlib.sha256).digest()


def sampled(key: str, request_id: str, rate: float) -> bool:
    # rate * 2**64 is exact in float64, so every language agrees on the threshold.
    return int.from_bytes(sampling_hash(key, request_id)[:8], "big") < math.floor(rate * 2**64)


if __name__ == "__main__":
    # One JSON object {"key", "id", "rate"} per input line -> {"hmacHex", "sampled"} per output line.
    import json
    import sys

    for line in sys.stdin:
        if line.strip():
            v = json.loads(line)
            print(json.dumps({"hmacHex": sampling_hash(v["key"], v["id"]).hex(), "sampled": sampled(v["key"], v["id"], v["rate"])}))
