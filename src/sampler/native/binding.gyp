# Optional native HMAC-SHA256 for the sampling decision (x86 SHA extensions, picked at run time).
# Built at install by scripts/build-native.mjs; without it the JS implementation in hmac-sha256.ts runs.
{
  "targets": [
    {
      "target_name": "sampling_hmac",
      "sources": ["sampling_hmac.c"],
      "cflags": ["-O2", "-Wall", "-Wextra"]
    }
  ]
}
