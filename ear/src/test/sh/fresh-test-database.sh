#!/usr/bin/env bash
# The system tests start from an empty database on every run. Left over from an earlier run, its
# mentions would fill the inboxes and, a day later, form a baseline against which a test's burst
# looks like a spike (a crisis that sends the topic to PR). Relay's migrations build the schema
# when the server deploys the EAR.
#   fresh-test-database.sh <h2|postgresql> <H2 directory> <pg host> <pg port> <pg database> <pg user> <pg password>
# SKIP_ITS=true (the build passes -DskipITs) leaves the database alone.
set -euo pipefail
if [ "${SKIP_ITS:-false}" = true ]; then
  exit 0
fi
driver=${1:?h2 or postgresql}
case "$driver" in
  h2)
    rm -rf -- "${2:?the directory of the H2 test database}"
    ;;
  postgresql)
    host=${3:?relay.pg.host} port=${4:?relay.pg.port} database=${5:?relay.pg.database}
    user=${6:?relay.pg.user}
    export PGPASSWORD=${7-}
    # Dropped on every run, so it must be a database meant for tests, never one of Relay's own.
    if [[ "$database" != *test* ]]; then
      echo "Refusing to empty the database '$database' for the system tests: its name does not" \
        "say it is for tests. Use one such as relay_test (-Drelay.pg.database=relay_test)." >&2
      exit 1
    fi
    if ! command -v psql >/dev/null 2>&1; then
      echo "psql is needed to empty the test database $database; install postgresql-client." >&2
      exit 1
    fi
    quoted=${database//\"/\"\"}
    psql -X -w -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -q \
      -c "DROP DATABASE IF EXISTS \"$quoted\" WITH (FORCE)" -c "CREATE DATABASE \"$quoted\""
    ;;
  *)
    echo "Unknown test database driver '$driver' (h2 or postgresql)." >&2
    exit 2
    ;;
esac
