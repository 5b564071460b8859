"""Who may read the health details and the metrics (R-OPS-1): the addresses of HEALTH_ALLOWED_IPS (monitoring,
Prometheus; addresses or networks), or whoever sends HEALTH_TOKEN as a bearer token. The address is the one the audit
log records (defence/clients.py), never a forgeable X-Forwarded-For."""

import hmac
import ipaddress

from django.conf import settings

from defence.clients import client_ip


def allowed_networks() -> list:
    return [ipaddress.ip_network(entry, strict=False) for entry in settings.HEALTH_ALLOWED_IPS]


def may_read_operations_data(request) -> bool:
    token = settings.HEALTH_TOKEN
    sent = request.headers.get("Authorization", "")
    if token and sent.startswith("Bearer ") and hmac.compare_digest(sent.removeprefix("Bearer ").encode(), token.encode()):
        return True
    try:
        address = ipaddress.ip_address(client_ip(request) or "")
    except ValueError:
        return False
    return any(address in network for network in allowed_networks())
