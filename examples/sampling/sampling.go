// Package sampling is prompt-census keyed sampling for gateways written in Go: decide locally and
// send only the sampled requests to the sidecar. The spec (README, "Sampling spec"):
//
//	h = HMAC-SHA256(key = UTF-8(SAMPLER_KEY), message = "prompt-census/v1\n" + UTF-8(id))
//	u = first 8 bytes of h, unsigned big-endian
//	sampled  <=>  u < floor(SAMPLE_RATE × 2^64)
//
// Standard library only. sampling_test.go checks it against schemas/sampling-vectors.json.
package sampling

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/binary"
)

const domain = "prompt-census/v1\n"

// Hash is HMAC-SHA256(key, domain + id); its hex is the sidecar's job id.
func Hash(key, id string) []byte {
	mac := hmac.New(sha256.New, []byte(key))
	mac.Write([]byte(domain))
	mac.Write([]byte(id))
	return mac.Sum(nil)
}

// Sampled reports whether the request with this id is in the sample at this rate (0–1).
func Sampled(key, id string, rate float64) bool {
	if rate >= 1 {
		return true // floor(2^64) does not fit a uint64, and every u is below it
	}
	if !(rate > 0) {
		return false
	}
	// rate × 2^64 is exact in float64 (it only shifts the exponent) and below 2^64 here;
	// converting a positive float64 to uint64 truncates, which is the floor.
	threshold := uint64(rate * 18446744073709551616.0)
	return binary.BigEndian.Uint64(Hash(key, id)[:8]) < threshold
}
