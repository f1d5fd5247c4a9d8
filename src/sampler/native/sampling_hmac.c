// HMAC-SHA256(key, prefix + message) with the x86 SHA extensions, for the sampling decision on a
// host's request path: about 0.15 µs a call against 0.6-0.8 µs for the JS in ../hmac-sha256.ts, which
// is what a bare HTTP handler's throughput notices (issue 3 and 9 benchmarks). The SHA code is compiled
// for those instructions only (target attribute) and used only when CPUID reports them, so the addon
// loads on any x86 CPU and create() answers null where it cannot help. Checked against node:crypto by
// test/sampler/hmac-sha256.test.ts. The key block is computed in JS (keys over 64 bytes hashed first).
#define NAPI_VERSION 8
#include <node_api.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__x86_64__) || defined(__i386__)
#include <cpuid.h>
#include <immintrin.h>
#define HAVE_X86 1
#endif

#ifdef HAVE_X86
static const uint32_t K[64] = {
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static int cpu_has_sha(void) {
  unsigned a, b, c, d;
  if (!__get_cpuid(1, &a, &b, &c, &d)) return 0;
  if (!(c & (1u << 9)) || !(c & (1u << 19))) return 0; // SSSE3, SSE4.1
  if (__get_cpuid_max(0, 0) < 7) return 0;
  __cpuid_count(7, 0, a, b, c, d);
  return (b >> 29) & 1; // SHA
}

// Compresses `blocks` 64-byte blocks of `data` into `state` (eight words, a..h).
__attribute__((target("sha,sse4.1,ssse3")))
static void compress(uint32_t state[8], const uint8_t *data, size_t blocks) {
  const __m128i MASK = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
  __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[0]), 0xB1); // CDAB
  __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *)&state[4]), 0x1B); // EFGH
  __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); // ABEF
  state1 = _mm_blend_epi16(state1, tmp, 0xF0); // CDGH
  for (; blocks > 0; blocks--, data += 64) {
    const __m128i abef = state0, cdgh = state1;
    __m128i w[16];
    for (int i = 0; i < 16; i++) {
      if (i < 4) {
        w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(data + 16 * i)), MASK);
      } else {
        __m128i t = _mm_sha256msg1_epu32(w[i - 4], w[i - 3]);
        t = _mm_add_epi32(t, _mm_alignr_epi8(w[i - 1], w[i - 2], 4));
        w[i] = _mm_sha256msg2_epu32(t, w[i - 1]);
      }
      __m128i msg = _mm_add_epi32(w[i], _mm_loadu_si128((const __m128i *)&K[4 * i]));
      state1 = _mm_sha256rnds2_epu32(state1, state0, msg);
      msg = _mm_shuffle_epi32(msg, 0x0E);
      state0 = _mm_sha256rnds2_epu32(state0, state1, msg);
    }
    state0 = _mm_add_epi32(state0, abef);
    state1 = _mm_add_epi32(state1, cdgh);
  }
  tmp = _mm_shuffle_epi32(state0, 0x1B); // FEBA
  state1 = _mm_shuffle_epi32(state1, 0xB1); // DCHG
  state0 = _mm_blend_epi16(tmp, state1, 0xF0); // DCBA
  state1 = _mm_alignr_epi8(state1, tmp, 8); // ABEF
  _mm_storeu_si128((__m128i *)&state[0], state0);
  _mm_storeu_si128((__m128i *)&state[4], state1);
}

#define MAX_MESSAGE_BYTES 1024

typedef struct {
  uint32_t inner[8];
  uint32_t outer[8];
  uint32_t *out;           // the caller's Int32Array(8): the digest as eight words
  napi_ref out_ref;        // keeps that array (and so `out`) alive as long as this function
  size_t prefix_len;
  uint8_t block[64 + MAX_MESSAGE_BYTES + 72];  // prefix, then the message and its padding
} hmac_t;

static void finalize(napi_env env, void *data, void *hint) {
  (void)hint;
  hmac_t *h = data;
  napi_delete_reference(env, h->out_ref);
  memset(h, 0, sizeof *h);  // the key's midstates
  free(h);
}

// (message: string) => boolean. False when the message's UTF-8 may not fit: the caller hashes it.
static napi_value hmac_call(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value arg;
  hmac_t *h;
  napi_value result;
  if (napi_get_cb_info(env, info, &argc, &arg, NULL, (void **)&h) != napi_ok || argc < 1) goto fail;
  size_t len = 0;
  // Room for MAX_MESSAGE_BYTES plus the terminator napi writes. V8 stops before a character that does
  // not fit whole (at most 4 bytes), so a result within 4 bytes of the end may be cut short.
  if (napi_get_value_string_utf8(env, arg, (char *)h->block + h->prefix_len, MAX_MESSAGE_BYTES + 1, &len) != napi_ok) goto fail;
  if (len + 4 > MAX_MESSAGE_BYTES) goto fail;
  size_t n = h->prefix_len + len;
  const uint64_t bits = (uint64_t)(64 + n) * 8;
  h->block[n++] = 0x80;
  while (n % 64 != 56) h->block[n++] = 0;
  for (int i = 7; i >= 0; i--) h->block[n++] = (uint8_t)(bits >> (8 * i));
  uint32_t state[8];
  memcpy(state, h->inner, sizeof state);
  compress(state, h->block, n / 64);
  uint8_t outer_block[64];
  for (int i = 0; i < 8; i++) {
    outer_block[4 * i] = (uint8_t)(state[i] >> 24);
    outer_block[4 * i + 1] = (uint8_t)(state[i] >> 16);
    outer_block[4 * i + 2] = (uint8_t)(state[i] >> 8);
    outer_block[4 * i + 3] = (uint8_t)state[i];
  }
  memset(outer_block + 32, 0, 32);
  outer_block[32] = 0x80;
  outer_block[62] = 0x03;  // (64 + 32) × 8 = 768 bits
  memcpy(h->out, h->outer, 32);
  compress(h->out, outer_block, 1);
  napi_get_boolean(env, true, &result);
  return result;
fail:
  napi_get_boolean(env, false, &result);
  return result;
}

#endif

// create(keyBlock: Uint8Array(64), prefix: Uint8Array, out: Int32Array(8)) => (message) => boolean,
// or null where the CPU has no SHA extensions (the caller keeps its own implementation).
static napi_value create(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value args[3], result;
  napi_get_null(env, &result);
#ifdef HAVE_X86
  if (!cpu_has_sha()) return result;
  if (napi_get_cb_info(env, info, &argc, args, NULL, NULL) != napi_ok || argc < 3) {
    napi_throw_type_error(env, NULL, "create(keyBlock, prefix, out) takes three arguments");
    return NULL;
  }
  napi_typedarray_type types[3];
  size_t lengths[3];
  void *data[3];
  for (int i = 0; i < 3; i++) {
    if (napi_get_typedarray_info(env, args[i], &types[i], &lengths[i], &data[i], NULL, NULL) != napi_ok) {
      napi_throw_type_error(env, NULL, "create(keyBlock, prefix, out) takes typed arrays");
      return NULL;
    }
  }
  if (types[0] != napi_uint8_array || lengths[0] != 64 || types[1] != napi_uint8_array || lengths[1] > 64 ||
      types[2] != napi_int32_array || lengths[2] != 8) {
    napi_throw_range_error(env, NULL, "create: keyBlock must be 64 bytes, prefix at most 64 bytes, out an Int32Array(8)");
    return NULL;
  }
  hmac_t *h = calloc(1, sizeof *h);
  if (!h) return result;
  static const uint32_t initial[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
  uint8_t pad[64];
  const uint8_t *key = data[0];
  for (int i = 0; i < 64; i++) pad[i] = key[i] ^ 0x36;
  memcpy(h->inner, initial, 32);
  compress(h->inner, pad, 1);
  for (int i = 0; i < 64; i++) pad[i] = key[i] ^ 0x5c;
  memcpy(h->outer, initial, 32);
  compress(h->outer, pad, 1);
  memset(pad, 0, sizeof pad);
  h->prefix_len = lengths[1];
  memcpy(h->block, data[1], lengths[1]);
  h->out = data[2];
  napi_value fn;
  if (napi_create_reference(env, args[2], 1, &h->out_ref) != napi_ok ||
      napi_create_function(env, "samplingHmac", NAPI_AUTO_LENGTH, hmac_call, h, &fn) != napi_ok ||
      napi_add_finalizer(env, fn, h, finalize, NULL, NULL) != napi_ok) {
    free(h);
    return result;
  }
  return fn;
#else
  (void)info; (void)argc; (void)args;
  return result;
#endif
}

NAPI_MODULE_INIT() {
  napi_value fn;
  napi_create_function(env, "create", NAPI_AUTO_LENGTH, create, NULL, &fn);
  napi_set_named_property(env, exports, "create", fn);
  return exports;
}
