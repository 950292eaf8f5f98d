"""The networks the laptop could serve phones on, and which one to offer first.

A laptop in a town hall often has several: Wi-Fi, a cable, a phone's hotspot, and virtual
adapters that phones can never reach (WSL, VirtualBox, VPN, Docker). The facilitator chooses;
the remembered choice comes first, then Wi-Fi and Ethernet, never a virtual adapter or the
loopback address unless nothing else exists.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from collections.abc import Sequence
from dataclasses import dataclass

VIRTUAL = re.compile(
    r"vethernet|wsl|virtualbox|vbox|vmware|vmnet|hyper-v|docker|br-|veth|virbr|tun|tap|"
    r"utun|wg\d|tailscale|zerotier|vpn|loopback|^lo\d*$|bluetooth|awdl|llw|ifb",
    re.IGNORECASE,
)
WIRELESS = re.compile(r"wi-?fi|wlan|wireless|wlp|wlo|^en0$|draadloos", re.IGNORECASE)
WIRED = re.compile(r"ethernet|^eth|^enp|^eno|^ens|^en\d", re.IGNORECASE)


@dataclass(frozen=True)
class Network:
    name: str  # as the system calls it ("Wi-Fi", "wlp2s0", "Ethernet 2")
    address: str  # the laptop's IPv4 address on it

    @property
    def kind(self) -> str:
        """ "wifi", "wired", "virtual" or "other" (from the name: systems say no more)."""
        if VIRTUAL.search(self.name) or ipaddress.ip_address(self.address).is_loopback:
            return "virtual"
        if WIRELESS.search(self.name):
            return "wifi"
        if WIRED.search(self.name):
            return "wired"
        return "other"


def networks() -> list[Network]:
    """The laptop's networks that are up, each with its IPv4 address (one per name)."""
    import psutil

    stats = psutil.net_if_stats()
    found = []
    for name, addresses in psutil.net_if_addrs().items():
        if name in stats and not stats[name].isup:
            continue
        for address in addresses:
            if address.family == socket.AF_INET and not address.address.startswith("169.254."):
                found.append(Network(name, address.address))
                break
    return found


RANK = {"wifi": 0, "wired": 1, "other": 2, "virtual": 3}


def ordered(found: Sequence[Network], remembered: str | None = None) -> list[Network]:
    """``found`` in the order to offer them: the remembered one, Wi-Fi, cable, others,
    virtual adapters and the loopback address last."""
    return sorted(found, key=lambda n: (n.name != remembered, RANK[n.kind], n.name.lower()))


def preferred(found: Sequence[Network], remembered: str | None = None) -> Network | None:
    """The network to serve on unless the facilitator picks another; None: there is none
    phones could reach."""
    reachable = [n for n in ordered(found, remembered) if n.kind != "virtual"]
    return reachable[0] if reachable else None
