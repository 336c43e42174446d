#!/bin/sh
# The same call as web_app.py, with curl: one penguin's measurements in, the model's prediction out.
#   sh predict.sh --url http://127.0.0.1:8787 --bill-length-mm 39.1 --bill-depth-mm 18.7 \
#     --flipper-length-mm 181 --body-mass-g 3750
# Exit codes: 0 a prediction was printed, 1 the server refused or failed, 2 it could not be reached.
# curl's --retry asks again after a 503 or 429, waiting as long as the Retry-After header says (3 tries in all).
set -u
url=http://127.0.0.1:8787 endpoint=penguins bill_length= bill_depth= flipper= mass=
while [ $# -gt 1 ]; do
  case "$1" in
    --url) url=$2 ;;
    --endpoint) endpoint=$2 ;;
    --bill-length-mm) bill_length=$2 ;;
    --bill-depth-mm) bill_depth=$2 ;;
    --flipper-length-mm) flipper=$2 ;;
    --body-mass-g) mass=$2 ;;
    *) echo "unknown option $1" >&2; exit 1 ;;
  esac
  shift 2
done
if [ -z "$bill_length" ] || [ -z "$bill_depth" ] || [ -z "$flipper" ] || [ -z "$mass" ]; then
  echo "give all four: --bill-length-mm --bill-depth-mm --flipper-length-mm --body-mass-g" >&2
  exit 1
fi
body=$(printf '{"instances":[{"bill_length_mm":%s,"bill_depth_mm":%s,"flipper_length_mm":%s,"body_mass_g":%s}]}' \
  "$bill_length" "$bill_depth" "$flipper" "$mass")
answer=$(curl --silent --show-error --max-time 10 --retry 2 --write-out '\n%{http_code}' \
  -H 'Content-Type: application/json' -H 'Accept: application/json' \
  --data "$body" "${url%/}/api/endpoints/$endpoint/invocations") || {
  echo "Cannot reach $url. Is the server running? Start it with: npm run serve" >&2
  exit 2
}
status=$(printf '%s' "$answer" | tail -n 1)
printf '%s\n' "$answer" | sed '$d'
case "$status" in
  2??) exit 0 ;;
  *) echo "The server answered $status (the problem details are above)." >&2; exit 1 ;;
esac
