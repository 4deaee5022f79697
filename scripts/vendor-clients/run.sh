#!/usr/bin/env bash
# Runs Kinova's own Python clients, unmodified, against kortex-sim (docs/protocol.md, "Kinova's clients against
# kortex-sim"). Not part of npm test: the clients are the vendor's code, fetched by hand, never committed here.
# Usage: scripts/vendor-clients/run.sh K2_SRC_DIR K3_WHEEL_DIR   (each the folder holding kortex_api/)
# Needs: npm run build; Debian's python3-protobuf, python3-deprecated, python3-paho-mqtt and mosquitto.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
k2="${1:?folder holding the Kortex 2.6 kortex_api package}"
k3="${2:?folder holding the Kortex 3.3 kortex_api package}"
export PROTOCOL_BUFFERS_PYTHON_IMPLEMENTATION=python # the 2.6 modules build descriptors the old way
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM
sim() { node "$root/dist/src/simulator/cli.js" --jobs "Home:300,Pick part:2000" "$@" & pids+=($!); }

tcp_port=10077 broker_port=18883
sim --port "$tcp_port"
mosquitto -p "$broker_port" >/dev/null 2>&1 & pids+=($!)
sleep 0.5
sim --generation k3 --transport mqtt --broker "mqtt://127.0.0.1:$broker_port"
sleep 1.5
echo "== Kortex 2.6 client, Base over TCP"
/usr/bin/python3 "$here/k2_base.py" "$k2" "$tcp_port"
echo "== Kortex 3.3 client, Base and ProgramRunner over MQTT"
/usr/bin/python3 "$here/k3_program_runner.py" "$k3" "$broker_port"
