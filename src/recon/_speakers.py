"""Who says a figure, for :func:`recon.extract.extract`: a sentence's
attributions (:func:`recon.attribution.find_attributions`), the one each
figure takes, and the speaker's name completed only when a claim needs it."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

import attrs

from recon._nearest import Near
from recon.attribution import Attribution
from recon.entities_ar import Lex
from recon.fields_ar import Sentence
from recon.names_ar import Spans, SpeakerNames

__all__ = ["Speakers"]

_START = attrgetter("start")


def _named_speaker(text: str, a: Attribution, names: SpeakerNames) -> Attribution:
    """``a`` ending with the name of the person its title introduces."""
    if a.speaker != text[a.start : a.end]:
        return a  # a continuation already names the earlier speaker
    end = names.person_end((a.start, a.end))
    if end is None or end == a.end:
        return a
    return attrs.evolve(a, speaker=text[a.start : end], end=end)


_SOURCING = frozenset({"according", "statement"})


def _speaker(atts: Near[Attribution], start: int, s: Sentence | None = None) -> Attribution | None:
    """Who says the figure at ``start``: an explicit sourcing phrase right
    after it ("… إلى 26، حسب ما أعلنت السلطات"), with no other figure between;
    else the last speaker before it ("قالت الوزارة إن … 812، فيما أعلن الدفاع
    المدني …"), else the nearest after."""
    if s is not None:
        after = atts.first_in(start + 1, s.seg.end)
        if after is not None and after.kind in _SOURCING:
            n = bisect_left(s.figures, start + 1)
            if n == len(s.figures) or s.figures[n] > after.start:
                return after
    return atts.last_before(-1, start) or atts.closest(0, 0, start)


class Speakers:
    """A sentence's attributions; a speaker's name is completed
    (:func:`_named_speaker`) only when a claim is attributed to it."""

    def __init__(
        self,
        text: str,
        s: Sentence,
        found: Sequence[Attribution],
        lx: Lex,
        *,
        gaz: Spans,
        stops: frozenset[int],
    ):
        # Naming never moves an attribution's start, which is all Near indexes.
        self.near = Near(found, _START)
        self._text, self._sent, self._lx, self._gaz, self._stops = text, s, lx, gaz, stops
        self._names: SpeakerNames | None = None  # the sentence's words, classed on first need
        self._named: dict[int, str] = {}

    def of(self, start: int, s: Sentence | None = None) -> str | None:
        a = _speaker(self.near, start, s)
        if a is None:
            return None
        name = self._named.get(id(a))
        if name is None:
            if self._names is None:
                self._names = SpeakerNames(
                    self._text, self._sent.toks, self._lx, self._gaz, stops=self._stops
                )
            name = self._named[id(a)] = _named_speaker(self._text, a, self._names).speaker
        return name
