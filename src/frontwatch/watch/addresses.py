"""Which network addresses may be fetched: only public ones unless private ones are allowed.

The check is made on the addresses a host name resolves to, and the connection is then made to the
checked address itself, so a name that resolves differently a moment later (DNS rebinding) cannot
slip an internal address past it."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any

from frontwatch.errors import AddressRefused, FetchFailed

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[..., list[tuple[Any, ...]]]


def is_public(address: IPAddress) -> bool:
    """True for a globally routable unicast address. Private, loopback, link-local (cloud metadata
    at 169.254.169.254), shared, reserved, multicast and unspecified addresses are not public; an
    IPv6 address carrying an IPv4 address is judged by the IPv4 address."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return is_public(embedded)
    return address.is_global and not address.is_multicast


def resolve(host: str, port: int, resolver: Resolver = socket.getaddrinfo) -> list[IPAddress]:
    """Every address `host` resolves to for TCP on `port`; FetchFailed when it does not resolve."""
    try:
        infos = resolver(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise FetchFailed(f"{host}: the name does not resolve ({exc}).") from None
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchFailed(f"{host}: the name resolves to no address.")
    return addresses


Allowed = Callable[[IPAddress], bool]


def vetted_address(
    host: str, port: int, *, allowed: Allowed = is_public, resolver: Resolver = socket.getaddrinfo
) -> str:
    """The address to connect to for `host`. Refuses (AddressRefused) a host with any address that
    `allowed` refuses (by default every non-public one): one internal address among public ones is
    enough to refuse."""
    addresses = resolve(host, port, resolver)
    refused = [str(a) for a in addresses if not allowed(a)]
    if refused:
        raise AddressRefused(f"{host} resolves to {', '.join(refused)}, which is not a public address.")
    return str(addresses[0])
