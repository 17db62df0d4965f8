#!/usr/bin/env bash
# Builds a PostgreSQL image for testcontainers without any registry: a root filesystem made from this
# machine's own PostgreSQL installation (its programs, their shared libraries, its share folder)
# plus a small entrypoint that follows the official image's contract (POSTGRES_USER,
# POSTGRES_PASSWORD, POSTGRES_DB, PGPORT), imported with `docker import`.
#
# Usage: build-local-image.sh [image-name]   (default: leadmetrics/postgres-local:<major>)
# Needs: a running Docker engine, a PostgreSQL server installation (pg_config, or
# /usr/lib/postgresql/<major>/bin), ldd. Prints the image name on its last line.
set -euo pipefail

bindir="${PG_BINDIR:-$(pg_config --bindir 2>/dev/null || ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)}"
if [[ -z "$bindir" || ! -x "$bindir/postgres" ]]; then
  echo "build-local-image: no PostgreSQL server installation found (set PG_BINDIR to the folder holding postgres and initdb)" >&2
  exit 2
fi
major="$("$bindir/postgres" --version | sed -E 's/.* ([0-9]+)(\.[0-9]+)?.*/\1/')"
image="${1:-leadmetrics/postgres-local:$major}"
sharedir="$("$bindir/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$major")"
pkglibdir="$("$bindir/pg_config" --pkglibdir 2>/dev/null || echo "$(dirname "$bindir")/lib")"

rootfs="$(mktemp -d)"
trap 'rm -rf "$rootfs"' EXIT

# Merged /usr (Debian 12 and later): /bin, /lib ... are links into /usr; keep them links in the image.
for top in bin sbin lib lib64; do
  if [[ -L "/$top" ]]; then
    mkdir -p "$rootfs/usr/$top"
    ln -s "usr/$top" "$rootfs/$top"
  fi
done

copy() { # copy a file or folder to the same path inside the root filesystem, keeping links
  mkdir -p "$rootfs$(dirname "$1")"
  cp -a "$1" "$rootfs$(dirname "$1")/"
}

for path in "$bindir" "$pkglibdir" "$sharedir" /usr/share/zoneinfo /bin/sh /bin/dash; do
  [[ -e "$path" ]] && copy "$path"
done
# Every shared library the programs and server modules load, and the loader itself.
{
  # (llvmjit: the JIT's LLVM is by far the largest library and nothing here needs it)
  for file in "$bindir"/* $(ls "$pkglibdir"/*.so | grep -v llvmjit) /bin/dash; do
    ldd "$file" 2>/dev/null | grep -oE '/[^ ]+' || true
  done
} | sort -u | while read -r library; do
  [[ -e "$library" ]] || continue
  copy "$library"
  real="$(readlink -f "$library")"
  [[ "$real" != "$library" ]] && copy "$real"
done
rm -f "$rootfs$pkglibdir"/llvmjit*

mkdir -p "$rootfs/etc" "$rootfs/tmp" "$rootfs/var/lib/postgresql" "$rootfs/var/run/postgresql"
chmod 1777 "$rootfs/tmp"
echo 'root:x:0:0:root:/root:/bin/sh' >"$rootfs/etc/passwd"
echo 'postgres:x:999:999:PostgreSQL:/var/lib/postgresql:/bin/sh' >>"$rootfs/etc/passwd"
printf 'root:x:0:\npostgres:x:999:\n' >"$rootfs/etc/group"
chown -R 999:999 "$rootfs/var/lib/postgresql" "$rootfs/var/run/postgresql"

cat >"$rootfs/entrypoint.sh" <<'ENTRYPOINT'
#!/bin/sh
# Creates the cluster on first start (role and database from POSTGRES_USER / POSTGRES_PASSWORD /
# POSTGRES_DB), then runs the command (postgres ...) in its place. The port comes from PGPORT.
set -e
export PGDATA="${PGDATA:-/var/lib/postgresql/data}"
user="${POSTGRES_USER:-postgres}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  [ -n "$POSTGRES_PASSWORD" ] || { echo "entrypoint: set POSTGRES_PASSWORD" >&2; exit 1; }
  printf '%s\n' "$POSTGRES_PASSWORD" >/tmp/pwfile
  initdb -D "$PGDATA" -U "$user" --pwfile=/tmp/pwfile --auth-host=scram-sha-256 --auth-local=trust -E UTF8 --locale=C --no-sync >/dev/null
  : >/tmp/pwfile # the image has no rm: empty it with the shell
  echo "host all all all scram-sha-256" >>"$PGDATA/pg_hba.conf"
  if [ -n "$POSTGRES_DB" ] && [ "$POSTGRES_DB" != "postgres" ]; then
    echo "CREATE DATABASE \"$POSTGRES_DB\"" | postgres --single -D "$PGDATA" -j postgres >/dev/null
  fi
fi
exec "$@"
ENTRYPOINT
chmod 755 "$rootfs/entrypoint.sh"

tar -C "$rootfs" -c . | docker import \
  --change "ENV PATH=$bindir:/bin:/usr/bin" \
  --change 'ENV LANG=C' \
  --change 'USER postgres' \
  --change 'ENTRYPOINT ["/entrypoint.sh"]' \
  --change 'CMD ["postgres"]' \
  --change 'EXPOSE 5432' \
  - "$image" >/dev/null
echo "$image"
