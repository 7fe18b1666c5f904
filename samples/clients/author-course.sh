#!/usr/bin/env bash
# Authors the sample course "Kỹ năng số cơ bản" from scratch through the platform's HTTP API, step by step, with
# curl: what an authoring screen (or another system) does. Against a platform started by ./run:
#
#   samples/clients/author-course.sh
#   BASE=http://127.0.0.1:8080 ADMIN_PASSWORD=... SAMPLES_DIR=data/samples samples/clients/author-course.sh
#
# Needs curl and jq. The texts come from the generated course.json (a copy of samples/course/outline.json) and the
# media from the same directory: ./run generates both into data/samples (see samples/README.md). Every run creates
# a new draft and publishes it; the copy the platform loads itself (tagged hoctap-sample) is left alone.
#
# Roles: the administrator creates the users; the author owns the draft (creates, uploads, submits, publishes);
# a reviewer (never the owner) approves it. Every request uses HTTP Basic; errors are JSON
# {"status":..,"code":..,"message":..,"violations":[{"path":..,"message":..}]} and stop the script.
#
# Written against the authoring API as of 2026-11-30 19:20 UTC (authoring commit 5914bd5) and run end to end
# against ./run; the cover upload and the captions (step 6b) since images are processed and
# PUT /api/media/{id}/captions/{lang} exists (2026-11-30 20:30 UTC).
set -euo pipefail
base="${BASE:-http://127.0.0.1:8080}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
data="${DATA_DIR:-$root/data}"
samples="${SAMPLES_DIR:-$data/samples}"
course_json="$samples/course.json"
admin_password="${ADMIN_PASSWORD:-$(cat "$data/secrets/admin-password")}"
command -v jq >/dev/null || { echo "author-course.sh needs jq: sudo apt-get install -y jq" >&2; exit 1; }
[ -f "$course_json" ] || { echo "no $course_json: start ./run once (it generates the sample media) or set SAMPLES_DIR" >&2; exit 1; }

admin=(-u "admin:$admin_password")
author=(-u "thu.tran:author-password-2026")
reviewer=(-u "tu.lam:reviewer-password-2026")
json=(-H 'Content-Type: application/json')

step() { printf '\n## %s\n' "$*" >&2; }

# call METHOD PATH [curl options...]: prints the response body; on a 4xx/5xx prints the error and fails.
call() {
  local method=$1 path=$2 body status
  shift 2
  body="$(mktemp)"
  status="$(curl -sS -o "$body" -w '%{http_code}' -X "$method" "$@" "$base$path")"
  if [ "$status" -ge 400 ]; then
    printf '%s %s -> %s %s\n' "$method" "$path" "$status" "$(cat "$body")" >&2
    rm -f "$body"
    return 1
  fi
  cat "$body"
  rm -f "$body"
}

step "1. Who am I? The administrator ./run created (its password is in data/secrets/admin-password)"
call GET /api/me "${admin[@]}" | jq -c .

step "2. The administrator creates an author and a reviewer (a second run gets 409: they exist, fine)"
for user in '{"username":"thu.tran","displayName":"Trần Thị Thu","password":"author-password-2026","roles":["author"]}' \
            '{"username":"tu.lam","displayName":"Lâm Văn Tư","password":"reviewer-password-2026","roles":["reviewer"]}'; do
  call POST /api/admin/users "${admin[@]}" "${json[@]}" -d "$user" | jq -c '{id, username, roles}' \
    || echo "(exists already)" >&2
done

step "3. The author creates the course draft: every text has a vi, km and en variant"
# POST /api/courses {"title":{"vi":..,"km":..,"en":..},"description":{..},"audience":{..},"keywords":[{..}],
#                    "tags":[..],"languages":["vi","km","en"],"coverImageAssetId":null}  ->  201, ETag
course="$(jq '{title, description, audience, keywords, tags, languages}' "$course_json" \
  | call POST /api/courses "${author[@]}" "${json[@]}" --data-binary @-)"
course_id="$(jq -r .id <<<"$course")"
jq -c '{id, owner, reviewState, title: .title.vi}' <<<"$course"

step "4. The author uploads the media for the course; the media pipeline processes them in the background"
# POST /api/courses/{id}/uploads?name=<file> with the file as the body -> 201 {id, kind, status: RECEIVED, href}
declare -A asset=()
upload() { # upload FILE
  local file=$1 reply
  reply="$(call POST "/api/courses/$course_id/uploads?name=$file" "${author[@]}" \
       -H 'Content-Type: application/octet-stream' --data-binary @"$samples/$file")"
  asset[$file]="$(jq -r .id <<<"$reply")"
  printf '  %-40s %s %s\n' "$file" "$(jq -r .kind <<<"$reply")" "${asset[$file]}" >&2
}
# The cover is an image: the pipeline writes a large (1280 px), a small (480 px) and a thumbnail (160 px).
# Captions are not uploads: they are attached to the ready video (step 6b).
for file in $(jq -r '.files[] | select(.role == "deck" or .role == "video" or .role == "cover") | .name' "$samples/manifest.json"); do
  upload "$file"
done
assets_json="$(for k in "${!asset[@]}"; do printf '%s\n%s\n' "$k" "${asset[$k]}"; done | jq -Rn '[inputs] | [range(0; length; 2) as $i | {(.[$i]): .[$i+1]}] | add // {}')"

cover="$(jq -r --argjson a "$assets_json" '$a[.cover.file] // empty' "$course_json")"
if [ -n "$cover" ]; then
  step "4b. The author sets the cover image (PUT with If-Match: the ETag read)"
  etag="$(curl -sS -o /dev/null -D - "${author[@]}" "$base/api/courses/$course_id" | tr -d '\r' | awk 'tolower($1)=="etag:" {print $2}')"
  jq --arg cover "$cover" '{title, description, audience, keywords, tags, languages, coverImageAssetId: $cover}' "$course_json" \
    | call PUT "/api/courses/$course_id" "${author[@]}" "${json[@]}" -H "If-Match: $etag" --data-binary @- | jq -c '{version}'
fi

step "5. The author adds the lessons, each with its blocks (slides per language, video, rich text, quiz)"
# POST /api/courses/{id}/lessons {"title":{..},"description":{..}}
# POST /api/courses/{id}/lessons/{lessonId}/blocks with one of
#   {"type":"slides","assetId":..,"language":"vi"}
#   {"type":"video","title":{..},"assetId":..}   (its captions live in the video asset itself: step 6b)
#   {"type":"richText","html":{"vi":"<p>..</p>",..}}
#   {"type":"quiz","title":{..},"masteryScore":0.7,"shuffle":true,"questions":[{"kind":"SINGLE_CHOICE",
#       "prompt":{..},"points":1,"choices":[{"text":{..},"correct":true,"feedback":{..}}]}]}
blocks_of_lesson='
  .languages as $languages | .lessons[$n].blocks[] |
  if .type == "slides" then
    .file as $f | $languages[] | {type: "slides", assetId: $a["\($f).\(.).pptx"], language: .}
  elif .type == "video" then
    .file as $f |
    {type: "video", title, assetId: $a["\($f).mp4"], captions: []}
  elif .type == "richText" then
    {type: "richText", html}
  else
    {type: "quiz", title, masteryScore, shuffle,
     questions: [.questions[] | {
       kind: {"single": "SINGLE_CHOICE", "multiple": "MULTIPLE_CHOICE", "true_false": "TRUE_FALSE"}[.type],
       prompt, points, choices: [.choices[] | {text, correct, feedback}]}]}
  end'
lessons="$(jq '.lessons | length' "$course_json")"
for ((n = 0; n < lessons; n++)); do
  lesson="$(jq ".lessons[$n] | {title, description: .summary}" "$course_json" \
    | call POST "/api/courses/$course_id/lessons" "${author[@]}" "${json[@]}" --data-binary @-)"
  lesson_id="$(jq -r .id <<<"$lesson")"
  printf '  lesson %d %s: %s\n' "$((n + 1))" "$lesson_id" "$(jq -r '.title.vi' <<<"$lesson")" >&2
  jq -c --argjson n "$n" --argjson a "$assets_json" "$blocks_of_lesson" "$course_json" | while read -r block; do
    call POST "/api/courses/$course_id/lessons/$lesson_id/blocks" "${author[@]}" "${json[@]}" -d "$block" \
      | jq -r '"    block \(.position): \(.content.type)"' >&2
  done
done

step "6. Wait until every upload is READY (GET /api/media/{id}: RECEIVED -> PROCESSING -> READY, with progress)"
for file in "${!asset[@]}"; do
  for _ in $(seq 1 300); do
    state="$(call GET "/api/media/${asset[$file]}" "${author[@]}" | jq -r '"\(.status) \(.progress)"')"
    case "$state" in
      READY*) break ;;
      FAILED*) echo "  $file failed in the media pipeline" >&2; exit 1 ;;
    esac
    sleep 2
  done
  printf '  %-40s %s\n' "$file" "$state" >&2
done

step "6b. The author attaches the vi, km and en captions to the ready video (WebVTT or SRT, UTF-8)"
# PUT /api/media/{videoId}/captions/{language} with the file as the body -> 200, the asset with its new manifest
# (the captions are added to the HLS master playlist as a subtitle group; sending a language again replaces it)
for file in $(jq -r '.files[] | select(.role == "captions") | .name' "$samples/manifest.json"); do
  stem="${file%.vtt}"
  language="${stem##*.}"
  video="${asset[${stem%.*}.mp4]}"
  call PUT "/api/media/$video/captions/$language" "${author[@]}" -H 'Content-Type: text/vtt' \
    --data-binary @"$samples/$file" \
    | jq -r --arg f "$file" '"  \($f): \([.manifest.renditions[]? | select(.kind == "CAPTIONS") | .language] | join(", "))"' >&2
done

step "7. Preview: the whole draft with its slides and renditions, and what would keep it from being published"
call GET "/api/courses/$course_id/preview" "${author[@]}" \
  | jq -c '{lessons: [.draft.lessons[] | {title: .details.title.vi, blocks: [.blocks[].content.type]}], problems}'

step "8. The author submits the draft for review"
call POST "/api/courses/$course_id/submit" "${author[@]}" | jq -c '{reviewState}'

step "9. The reviewer approves it (asking for changes needs a comment: {\"decision\":\"REQUEST_CHANGES\",\"comment\":..})"
call POST "/api/courses/$course_id/reviews" "${reviewer[@]}" "${json[@]}" \
  -d '{"decision":"APPROVE","comment":"Nội dung đúng và dễ hiểu; bản tiếng Khmer đã được kiểm tra."}' | jq -c '{decision, reviewer}'

step "10. The author publishes the approved draft: version 1, an immutable snapshot"
call POST "/api/courses/$course_id/versions" "${author[@]}" | jq -c '{number, publishedBy, href}'

step "11. Search without diacritics: 'ky nang so' finds 'Kỹ năng số'"
call GET "/api/courses?q=ky%20nang%20so" "${reviewer[@]}" | jq -c '[.[] | {id, owner, title: .title.vi}]'

step "12. The published version as the app and the packager read it"
call GET "/api/courses/$course_id/versions/1" "${author[@]}" \
  | jq -c '{number, title: .title.vi, lessons: [.lessons[] | {title: .title.vi, blocks: [.blocks[] | .type + (if .type == "slides" then " \(.language) (\(.slides | length) slides)" else "" end)]}]}'
