"""Which address a request came from, for rate limits, lockouts and the audit log alike (R-OPS-2, R-OPS-5)."""


def client_ip(request) -> str | None:
    """The address the request came from. Gunicorn is reached directly (Dockerfile); behind a reverse proxy this
    is the proxy's address, since X-Forwarded-For can be forged by anyone and is not trusted."""
    return request.META.get("REMOTE_ADDR") if request is not None else None
