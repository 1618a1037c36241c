#!/usr/bin/env bash
# A throwaway PostgreSQL server for `make test-postgres`: started on loopback in DIR with
# trust authentication and without fsync (test data only), stopped and removed afterwards.
#
# Usage: tools/postgres_test_server.sh start|stop DIR PORT
# As root (CI), the server runs as the `postgres` system user, which Debian's package makes.
set -euo pipefail
action="$1" dir="$2" port="$3"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [[ -z "$bin" ]]; then
    echo "error: PostgreSQL server binaries not found (apt-get install postgresql)" >&2
    exit 1
fi
as_server() {
    if [[ "$(id -u)" -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$action" in
    start)
        rm -rf "$dir"
        mkdir -p "$dir"
        if [[ "$(id -u)" -eq 0 ]]; then chown postgres "$dir"; fi
        as_server "$bin/initdb" -D "$dir/data" -A trust -U postgres --encoding=UTF8 \
            --locale=C.UTF-8 >"$dir/initdb.log"
        as_server "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start \
            -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        ;;
    stop)
        as_server "$bin/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        ;;
    *)
        echo "usage: $0 start|stop DIR PORT" >&2
        exit 2
        ;;
esac
