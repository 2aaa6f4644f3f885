"""The cyclic collector is paused for a pass and its state before is given back."""

import gc

import pytest

from gui.core import collector


@pytest.fixture
def collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_paused_inside_and_on_again_after(collector_on):
    with collector.paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_left_off_when_it_was_off(collector_on):
    gc.disable()
    with collector.paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_on_again_after_an_error(collector_on):
    with pytest.raises(ZeroDivisionError), collector.paused():
        1 / 0  # noqa: B018
    assert gc.isenabled()


def test_an_entity_pass_runs_paused_and_gives_the_state_back(collector_on, monkeypatch):
    from gui.core.entities import recogniser

    seen = []
    real = recogniser.recognise_pivot

    def watched(pivot, gazetteer_dir=None):
        seen.append(gc.isenabled())
        return real(pivot, gazetteer_dir)

    monkeypatch.setattr(recogniser, "recognise_pivot", watched)
    spans = recogniser.recognise_spans("国务院办公厅印发通知。")
    assert seen == [False]
    assert gc.isenabled()
    assert spans
