"""Which address a request came from, for rate limits, lockouts and the audit log alike (R-OPS-2, R-OPS-5)."""

import ipaddress

from django.conf import settings


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted_proxy(address) -> bool:
    return any(address in ipaddress.ip_network(network, strict=False) for network in settings.TRUSTED_PROXIES)


def client_ip(request) -> str | None:
    """The address the request came from. Gunicorn reached directly: REMOTE_ADDR (X-Forwarded-For can be forged by
    anyone and is not trusted). Behind the load balancer of the production layout, REMOTE_ADDR is the balancer's for
    every reader, so each per-address limit would be one for all: for a request from an address of TRUSTED_PROXIES,
    the client is the last address of X-Forwarded-For that is not a trusted proxy (what the balancer appended; what
    came before it, the client may have written)."""
    if request is None:
        return None
    remote = request.META.get("REMOTE_ADDR")
    if not remote or not settings.TRUSTED_PROXIES or (address := _address(remote)) is None or not _is_trusted_proxy(address):
        return remote
    for part in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
        forwarded = _address(part)
        if forwarded is None:
            return remote  # not what a balancer writes: the balancer's own address, as without the header
        if not _is_trusted_proxy(forwarded):
            return str(forwarded)
    return remote
