#!/usr/bin/env bash
# The staff-user administration API with curl, against a platform started by ./run.
#   BASE=http://127.0.0.1:8080 ADMIN_PASSWORD=... samples/clients/staff-users.sh
set -euo pipefail
base="${BASE:-http://127.0.0.1:8080}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
password="${ADMIN_PASSWORD:-$(cat "${DATA_DIR:-$here/data}/secrets/admin-password")}"
admin=(-u "admin:$password")

echo "# Who am I?"
curl -fsS "${admin[@]}" "$base/api/me"; echo

echo "# Create an author (a second run gets 409: the username is taken)"
curl -sS "${admin[@]}" -H 'Content-Type: application/json' -X POST "$base/api/admin/users" -d '{
  "username": "lan.nguyen",
  "displayName": "Nguyễn Thị Lan",
  "password": "an-author-password",
  "roles": ["author"]
}'; echo

echo "# An invalid request: every problem is listed with its field"
curl -sS "${admin[@]}" -H 'Content-Type: application/json' -X POST "$base/api/admin/users" \
  -d '{"username": "Not Valid", "displayName": "", "password": "short", "roles": ["teacher"]}'; echo

echo "# All users"
curl -fsS "${admin[@]}" "$base/api/admin/users"; echo
