package sampling

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"strconv"
	"testing"
)

type vector struct {
	Key       string  `json:"key"`
	ID        string  `json:"id"`
	Rate      float64 `json:"rate"`
	HmacHex   string  `json:"hmacHex"`
	U         string  `json:"u"`
	Threshold string  `json:"threshold"`
	Sampled   bool    `json:"sampled"`
}

func TestSamplingVectors(t *testing.T) {
	data, err := os.ReadFile("../../schemas/sampling-vectors.json")
	if err != nil {
		t.Fatal(err)
	}
	var file struct {
		Vectors []vector `json:"vectors"`
	}
	if err := json.Unmarshal(data, &file); err != nil {
		t.Fatal(err)
	}
	if len(file.Vectors) == 0 {
		t.Fatal("no vectors")
	}
	for i, v := range file.Vectors {
		if got := hex.EncodeToString(Hash(v.Key, v.ID)); got != v.HmacHex {
			t.Errorf("vector %d: hmac %s, want %s", i, got, v.HmacHex)
		}
		if u, _ := strconv.ParseUint(v.U, 10, 64); u != binaryU(Hash(v.Key, v.ID)) {
			t.Errorf("vector %d: u differs", i)
		}
		if got := Sampled(v.Key, v.ID, v.Rate); got != v.Sampled {
			t.Errorf("vector %d (rate %v): sampled %v, want %v", i, v.Rate, got, v.Sampled)
		}
	}
	t.Logf("%d vectors checked", len(file.Vectors))
}

func binaryU(h []byte) uint64 {
	var u uint64
	for _, b := range h[:8] {
		u = u<<8 | uint64(b)
	}
	return u
}
