#!/bin/sh
# Writes the secrets prompt-census needs as an env file: SAMPLER_KEY (32 random bytes, hex), PAYLOAD_KEY
# (32 random bytes, base64), INGEST_TOKEN and REDIS_URL. Used by compose (infra/secrets.env) and by
# `kubectl create secret generic … --from-env-file`. Refuses to overwrite: the sampler key fixes which
# events are sampled, the payload key opens queued jobs.
#   sh infra/make-secrets.sh [FILE] [REDIS_URL]     (defaults: infra/secrets.env, redis://redis:6379)
set -eu
out="${1:-$(dirname "$0")/secrets.env}"
redis_url="${2:-redis://redis:6379}"
if [ -e "$out" ]; then
  echo "$out exists; keeping it" >&2
  exit 0
fi
hex() { head -c "$1" /dev/urandom | od -An -v -tx1 | tr -d ' \n'; }
umask 077
{
  echo "SAMPLER_KEY=$(hex 32)"
  echo "PAYLOAD_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')"
  echo "INGEST_TOKEN=$(hex 24)"
  echo "REDIS_URL=$redis_url"
} >"$out"
echo "wrote $out" >&2
