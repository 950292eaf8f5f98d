"""Which network phones are offered: the remembered one, then Wi-Fi, never a virtual adapter."""

from __future__ import annotations

from atelier.phones.networks import Network, networks, ordered, preferred

WINDOWS_LAPTOP = [
    Network("vEthernet (WSL)", "172.24.16.1"),
    Network("VirtualBox Host-Only Network", "192.168.56.1"),
    Network("Wi-Fi", "192.168.1.23"),
    Network("Loopback Pseudo-Interface 1", "127.0.0.1"),
]


def test_wifi_is_offered_before_virtual_adapters():
    assert preferred(WINDOWS_LAPTOP) == Network("Wi-Fi", "192.168.1.23")
    assert ordered(WINDOWS_LAPTOP)[0].name == "Wi-Fi"
    assert [n.kind for n in ordered(WINDOWS_LAPTOP)][-2:] == ["virtual", "virtual"]


def test_the_remembered_network_comes_first_by_name():
    linux = [Network("wlp2s0", "10.0.0.5"), Network("enp3s0", "192.168.2.8")]
    assert preferred(linux) == linux[0]
    assert preferred(linux, remembered="enp3s0") == linux[1]
    assert preferred(linux, remembered="gone0") == linux[0]


def test_a_hotspot_or_unknown_adapter_is_still_offered():
    assert preferred([Network("lo", "127.0.0.1"), Network("usb0", "172.20.10.2")]).name == "usb0"


def test_without_a_reachable_network_there_is_none():
    assert preferred([Network("lo", "127.0.0.1"), Network("docker0", "172.17.0.1")]) is None
    assert preferred([]) is None


def test_this_machines_networks_are_listed_with_ipv4_addresses():
    found = networks()
    assert any(n.address == "127.0.0.1" for n in found)
    assert all(n.address.count(".") == 3 for n in found)
