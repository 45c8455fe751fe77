"""Sudanese towns that are no state's namesake are gazetteer cities in
their state (gazetteer_admin.toml): a figure given for the town and one
given for its state are one story's (recon._story).  Sentences written for
these tests, with negative cases."""

from recon._dateline import country_of
from recon.gazetteer import Gazetteer


def ids(text: str) -> list[str]:
    return [m.entry.id for m in Gazetteer.default().find_mentions(text)]


def test_towns_are_found_in_both_spellings() -> None:
    assert ids("وغمرت المياه أحياء في مدينة سنجه") == ["singa"]
    assert ids("في محليتي سنجة والدندر") == ["singa", "ad-dinder"]
    assert "shendi" in ids("وصلت القافلة إلى شندي")


def test_towns_lie_in_their_state_and_country() -> None:
    assert country_of("singa") == "sd"
    assert country_of("abu-hamad") == "sd"


def test_a_state_is_not_its_capital() -> None:
    # Sennar the city stays its own entry; the state is not the town of Singa.
    assert ids("ولاية سنار") == ["sd-sennar-state"]
    assert "singa" not in ids("مدينة سنار")


def test_ad_dueim_is_in_white_nile_state() -> None:
    assert ids("غرق قارب قرب مدينة الدويم") == ["ad-dueim"]
    assert country_of("ad-dueim") == "sd"
