# Sourced by .ci/run: a Docker engine for the test run, so the testcontainers path is proven, not
# assumed. Installs docker.io from Debian when dockerd is missing (CI runs as root), starts dockerd
# on a socket of its own (no systemd needed, no other engine disturbed), builds the local PostgreSQL
# image (no registry needed) and stops the engine when .ci/run exits. Where none of that is
# possible it says why and the Docker tests skip themselves.

docker_engine_state=""

stop_docker_engine() {
  [ -n "$docker_engine_state" ] || return 0
  if [ -f "$docker_engine_state/dockerd.pid" ]; then
    kill "$(cat "$docker_engine_state/dockerd.pid")" 2>/dev/null || true
    for _ in $(seq 1 30); do [ -f "$docker_engine_state/dockerd.pid" ] || break; sleep 1; done
  fi
  # dockerd leaves its network namespace mounted under its exec root: unmount before removing.
  grep -o " $docker_engine_state/[^ ]*" /proc/mounts 2>/dev/null | sort -r | while read -r mount_point; do
    umount -l "$mount_point" 2>/dev/null || true
  done || true
  rm -rf "$docker_engine_state"
  echo "ci: Docker engine stopped"
}

start_docker_engine() {
  if ! command -v dockerd >/dev/null 2>&1; then
    if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
      echo "ci: no dockerd, and docker.io cannot be installed here (needs root and apt-get); Docker tests will be skipped"
      return 0
    fi
    echo "ci: installing docker.io"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq docker.io; } </dev/null >/dev/null 2>&1; then
      echo "ci: installing docker.io failed; Docker tests will be skipped"
      return 0
    fi
  fi
  docker_engine_state="$(mktemp -d)"
  trap stop_docker_engine EXIT
  dockerd --data-root "$docker_engine_state/data" --exec-root "$docker_engine_state/exec" \
    --pidfile "$docker_engine_state/dockerd.pid" -H "unix://$docker_engine_state/docker.sock" \
    >"$docker_engine_state/dockerd.log" 2>&1 </dev/null &
  export DOCKER_HOST="unix://$docker_engine_state/docker.sock"
  for _ in $(seq 1 60); do
    docker version >/dev/null 2>&1 && break
    sleep 1
  done
  if ! docker version >/dev/null 2>&1; then
    echo "ci: dockerd did not answer within 60 s (last lines of its log follow); Docker tests will be skipped"
    tail -5 "$docker_engine_state/dockerd.log" || true
    stop_docker_engine
    unset DOCKER_HOST
    return 0
  fi
  local image
  if image="$(bash packages/db/docker/build-local-image.sh | tail -1)"; then
    export LEADMETRICS_POSTGRES_IMAGE="$image"
    # This kind of machine reaches containers on the host network only.
    export LEADMETRICS_DOCKER_NETWORK=host
    echo "ci: Docker engine at $DOCKER_HOST, PostgreSQL image $image"
  else
    echo "ci: the local PostgreSQL image could not be built; provisioning will say so and use embedded PostgreSQL"
  fi
}

start_docker_engine
