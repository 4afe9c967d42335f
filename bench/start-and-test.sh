#!/usr/bin/env bash
# Times the README's two commands on a clean clone: `npm install && npm start` until the
# login page answers (and a second start), then `npm test`. Run from the repository root;
# the clone goes beside it so ../shared resolves the same way.
set -euo pipefail
root=$(pwd)
clone="$(dirname "$root")/claimdesk-bench-clone"
port=${PORT:-3300}
rm -rf "$clone"
git clone -q "$root" "$clone"
cd "$clone"
export NEXT_TELEMETRY_DISABLED=1

wait_for_login() {
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "http://127.0.0.1:$port/login" && return 0
    sleep 0.5
  done
  return 1
}
stop_server() {
  pkill -f "$clone/scripts/serve.ts" || true
  pkill -f "scripts/start.ts" || true
  sleep 1
}

t0=$(date +%s.%N)
npm install --no-audit --no-fund >/dev/null 2>&1
t1=$(date +%s.%N)
PORT=$port npm start >/tmp/claimdesk-bench-start.log 2>&1 &
wait_for_login
t2=$(date +%s.%N)
stop_server
PORT=$port npm start >/tmp/claimdesk-bench-start2.log 2>&1 &
wait_for_login
t3=$(date +%s.%N)
stop_server
npm test >/tmp/claimdesk-bench-test.log 2>&1
t4=$(date +%s.%N)

printf 'npm install (clean clone)       %6.0f s\n' "$(echo "$t1 - $t0" | bc)"
printf 'first npm start until login     %6.0f s\n' "$(echo "$t2 - $t1" | bc)"
printf 'second npm start until login    %6.0f s\n' "$(echo "$t3 - $t2" | bc)"
printf 'npm test (all suites)           %6.0f s\n' "$(echo "$t4 - $t3" | bc)"
sed "s/\x1b\[[0-9;]*m//g" /tmp/claimdesk-bench-test.log | grep -E "Tests +[0-9]" || true
cd "$root"
rm -rf "$clone"
