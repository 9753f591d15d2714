#!/usr/bin/env bash
# Starts the local PostgreSQL cluster (Debian packaging) and creates the test database heed_test with the
# password the tests use. Idempotent: safe to run when it is already up. Needs root (as in CI).
set -euo pipefail
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
  pg_createcluster "$version" main
fi
pg_ctlcluster "$version" main start 2>/dev/null || pg_ctlcluster "$version" main status >/dev/null
for _ in $(seq 1 30); do
  su postgres -c "pg_isready -q -h 127.0.0.1 -p 5432" && break
  sleep 1
done
su postgres -c "psql -q -c \"ALTER USER postgres PASSWORD 'postgres'\""
su postgres -c "psql -tAq -c \"SELECT 1 FROM pg_database WHERE datname = 'heed_test'\"" | grep -q 1 \
  || su postgres -c "createdb heed_test"
echo "PostgreSQL $version is up: jdbc:postgresql://127.0.0.1:5432/heed_test"
