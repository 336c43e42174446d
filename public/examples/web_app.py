#!/usr/bin/env python3
"""The course's web_app.py, made real: an application that asks a deployed model for predictions.

main() gets the user's data, calls  predictions = ml_model(user_data)  and shows the predictions.
That call is the *endpoint*: ml_model sends the data over HTTP to the server (the model's edge)
and returns what the model answered. Standard library only, so there is nothing to install.

    python3 web_app.py --url http://127.0.0.1:8787 --bill-length-mm 39.1 --bill-depth-mm 18.7 \
        --flipper-length-mm 181 --body-mass-g 3750

Exit codes: 0 a prediction was printed; 1 the server refused the request (4xx) or failed (5xx);
2 the server could not be reached.
"""

import argparse
import email.utils
import json
import sys
import time
import urllib.error
import urllib.request

MAX_TRIES = 3  # a 503 (no version serving yet) or 429 (too many requests) is worth asking again, a few times
MAX_WAIT_S = 30.0  # never sleep longer than this, whatever Retry-After says
TIMEOUT_S = 10.0  # give up on a server that does not answer


class ServerUnreachable(Exception):
    """No HTTP answer at all: wrong URL, server not started, network down."""


class RequestRefused(Exception):
    """The server answered with an error status; carries its RFC 9457 problem details."""

    def __init__(self, status, problem):
        super().__init__(problem.get("title", "HTTP %d" % status))
        self.status = status
        self.problem = problem


def retry_after_seconds(value, default=1.0):
    """Seconds to wait from a Retry-After header: a number of seconds or an HTTP date."""
    if value is None:
        return default
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return default


def read_problem(error):
    """The problem details of an error response, or a stand-in when the body is not JSON."""
    try:
        problem = json.loads(error.read().decode("utf-8"))
        if isinstance(problem, dict):
            return problem
    except (ValueError, UnicodeDecodeError):
        pass
    return {"title": error.reason or "HTTP %d" % error.code, "detail": "The server sent no problem details."}


def post_json(url, body):
    """POSTs body as JSON and returns the decoded JSON answer, retrying 503 and 429 as Retry-After asks."""
    data = json.dumps(body).encode("utf-8")
    for attempt in range(1, MAX_TRIES + 1):
        request = urllib.request.Request(
            url, data=data, method="POST",
            headers={"Content-Type": "application/json", "Accept": "application/json"},
        )
        try:
            with urllib.request.urlopen(request, timeout=TIMEOUT_S) as response:
                return json.loads(response.read().decode("utf-8"))
        except urllib.error.HTTPError as error:
            problem = read_problem(error)
            if error.code in (429, 503) and attempt < MAX_TRIES:
                wait = min(MAX_WAIT_S, retry_after_seconds(error.headers.get("Retry-After")))
                print("The server answered %d (%s); asking again in %.0f s (try %d of %d)."
                      % (error.code, problem.get("title", ""), wait, attempt + 1, MAX_TRIES), file=sys.stderr)
                time.sleep(wait)
                continue
            raise RequestRefused(error.code, problem) from None
        except (urllib.error.URLError, OSError) as error:
            reason = getattr(error, "reason", error)
            raise ServerUnreachable("Cannot reach %s (%s). Is the server running? Start it with: npm run serve"
                                    % (url, reason)) from None
    raise AssertionError("unreachable")


def ml_model(user_data, url, endpoint="penguins"):
    """The model, as the application sees it: measurements in, predictions out. Here it lives behind an endpoint."""
    answer = post_json("%s/api/endpoints/%s/invocations" % (url.rstrip("/"), endpoint), {"instances": [user_data]})
    return answer["predictions"], answer.get("model_version", "?")


def get_user_data(args):
    """The user's data: one penguin's four measurements, named as the model's input schema names them."""
    return {
        "bill_length_mm": args.bill_length_mm,
        "bill_depth_mm": args.bill_depth_mm,
        "flipper_length_mm": args.flipper_length_mm,
        "body_mass_g": args.body_mass_g,
    }


def show(predictions, version):
    """Shows the first prediction: the species and how sure the model is."""
    best = predictions[0]
    species = best["species"]
    print("%s (probability %.3f, model %s)" % (species, best["probabilities"][species], version))


def parse_args(argv):
    parser = argparse.ArgumentParser(description="Ask a deployed penguin model which species a penguin is.")
    parser.add_argument("--url", default="http://127.0.0.1:8787", help="the server's base URL")
    parser.add_argument("--endpoint", default="penguins", help="the endpoint's name")
    parser.add_argument("--bill-length-mm", type=float, required=True)
    parser.add_argument("--bill-depth-mm", type=float, required=True)
    parser.add_argument("--flipper-length-mm", type=float, required=True)
    parser.add_argument("--body-mass-g", type=float, required=True)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    user_data = get_user_data(args)
    try:
        predictions, version = ml_model(user_data, args.url, args.endpoint)  # the endpoint: data in, predictions out
    except ServerUnreachable as error:
        print(error, file=sys.stderr)
        return 2
    except RequestRefused as error:
        problem = error.problem
        print("%d %s: %s" % (error.status, problem.get("title", ""), problem.get("detail", "")), file=sys.stderr)
        for item in problem.get("errors") or []:
            print("  %s: %s" % (item.get("pointer", ""), item.get("message", "")), file=sys.stderr)
        return 1
    show(predictions, version)
    return 0


if __name__ == "__main__":
    sys.exit(main())
