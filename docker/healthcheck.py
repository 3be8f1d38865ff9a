"""Docker HEALTHCHECK of the web container: GET /healthz from the local gunicorn.

Exits 0 when the site answers 200 (database and broker reachable), 1 otherwise. The request
carries a Host header that DJANGO_ALLOWED_HOSTS accepts, and X-Forwarded-Proto: https as the
TLS proxy in front would, so that neither the host check nor the HTTPS redirect gets in the way.
Standard library only.
"""

import http.client
import os
import sys

PORT = int(os.environ.get("HEALTHCHECK_PORT", "8000"))


def allowed_host() -> str:
    for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(","):
        host = host.strip()
        if host and host != "*":
            # ".example.kg" allows example.kg and every subdomain.
            return host.lstrip(".")
    return "localhost"


def main() -> int:
    connection = http.client.HTTPConnection("127.0.0.1", PORT, timeout=8)
    try:
        connection.request(
            "GET", "/healthz", headers={"Host": allowed_host(), "X-Forwarded-Proto": "https"}
        )
        response = connection.getresponse()
        body = response.read(500).decode("utf-8", "replace")
    except OSError as error:
        print(f"unhealthy: {error}")
        return 1
    finally:
        connection.close()
    print(f"{response.status} {body}")
    return 0 if response.status == 200 else 1


if __name__ == "__main__":
    sys.exit(main())
