"""Which entity a claim is about, read from the candidates of its sentence.

:func:`choose` tries the steps of :mod:`recon.extract`'s step 4 in order.
Each step asks for the nearest, last or first candidate of some kind; the
candidates of a sentence are indexed once (:class:`recon._sentence_refs.SentenceRefs`),
so a claim costs a few bisections however many names its sentence holds, and
a sentence of thousands of figures stays linear.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from recon import lexicon
from recon._distance import measured_from
from recon._individuals import own_figure_of
from recon._locate import FORCES_BACK as _FORCES_BACK
from recon._locate import force_after, gazetteer_aliases, named_force
from recon._nearest import Near
from recon._sentence_refs import INF as _INF
from recon._sentence_refs import SentenceRefs
from recon._words import listed
from recon.entities_ar import DocContext, Ref
from recon.fields_ar import CASUALTY, Field
from recon.normalise import normalise_key

__all__ = ["choose"]

# Armed groups: a side of the story, never where people were killed or held.
_PARTIES = frozenset({"group"})
# The fields an organisation's own figures have (its staff, its money, its dates).
_AGENCY_FIELDS = ("personnel", "money", "date")


def choose(cls: str, sr: SentenceRefs, *, start: int, end: int, fld: Field | None) -> Ref | None:
    """The entity a claim at ``[start, end)`` of ``sr``'s sentence is about."""
    # A place people were taken to or sheltered in, named before a figure,
    # may be what a distance or a count of things is about ("إلى مشعر منى،
    # الذي يبعد 7 كيلومترات"), never where people were hurt or killed.
    sr = sr if cls == "casualty" else sr.for_claim(start)
    s, doc, k = sr.s, sr.doc, sr.k
    lx = doc.lx
    clause = s.clause_of(start)
    cs, ce = clause.start, clause.end
    after = fld.role_span[1] if fld is not None and fld.role_span else end
    nisba = fld is None or fld.field == "personnel"
    # Figures an organisation or a sender may own: its staff, money, dates.
    own_figures = fld is not None and fld.field.startswith(_AGENCY_FIELDS)
    reach = sr.reach(ce, date=cs if cls == "date" else None)

    def demonym() -> Ref | None:
        if fld is None or (fld.role_span is None and fld.field not in CASUALTY):
            return None
        return sr.demonym(fld, after)

    def appositive() -> Ref | None:
        nxt = s.tok(after)
        if nxt < len(s.toks) and s.toks[nxt].key in lx.appositive:
            c = s.clause_of(s.toks[nxt].start)
            return sr.not_nisba.first_in(c.start, c.end)
        return None

    def own(near: Near[Ref]) -> Ref | None:
        # The nearest candidate in the claim's clause, else before it; one in
        # a later clause that has a figure of its own ("250 جنديا غادروا
        # جوهر، في حين شهدت قاعدة بلدوين مغادرة 420") is that figure's.
        r = near.nearest(cs, ce, start) or near.nearest(-_INF, cs, start)
        if r is not None:
            return near.items[r[1]]
        later = near.nearest(ce, reach, start)
        if later is None or sr.figure_clause(near.items[later[1]]):
            return None
        return near.items[later[1]]

    def force() -> Ref | None:
        # "سحب 4000 جندي من قوة الاتحاد الأفريقي": with no facility in this
        # sentence or the one before, the troops belong to the force rather
        # than to whoever else the sentence names (the council deciding it).
        if fld is None or fld.field != "personnel" or fld.role_span is None:
            return None
        if sr.facs or sr.named.items:
            return None
        # The facility of the sentence before holds these troops ("سلمت القوات
        # قاعدة X … مع مغادرة 300 فرد من قوات التحالف") unless that sentence
        # already counted its own figure there.
        if k > 0 and _has_facility(doc, k - 1) and not getattr(doc.sents[k - 1], "figures", ()):
            return None
        phrase = force_after(s, doc.lx, fld.role_span[1])
        if phrase is None:
            return None
        return (
            named_force(phrase, doc.forces_before(k + 1, _FORCES_BACK), gazetteer_aliases) or phrase
        )

    def named() -> Ref | None:
        r = own(sr.named)
        if (
            r is not None
            and r.start < cs
            and sr.figure_clause(r)
            and fld is not None
            and fld.field.startswith("money:aid")
        ):
            # "أعلنت السعودية تقديم 100 مليون عبر مركز X، وتعهدت الإمارات بـ200
            # مليون": an earlier clause's facility has its own figure and this
            # clause names the donor, whose pledge it is.  Other figures stay
            # with the facility ("انسحب 400 جندي من القاعدة، فيما سلم التحالف
            # معدات بقيمة…" is about the base's handover).
            subj = sr.subject(start, nisba=nisba)
            if subj is not None and subj.start >= cs:
                return None
        return None if before_own_place(r) else r

    def before_own_place(r: Ref | None) -> bool:
        # "…في مشفى دير الزور الوطني …، و٥٠ درجة في مدينة البوكمال": a place
        # in the figure's own clause is nearer than a name before that clause.
        # Not for money or troops, whose place is where they go ("أن الحملة
        # لإغاثة متضرري الفيضانات في باكستان والسودان جمعت 90 مليون ريال").
        if r is None or r.start >= cs or cls == "casualty" or own_figures:
            return False
        p = place()
        return p is not None and cs <= p.start < ce

    def anaphor() -> Ref | None:
        a = own(sr.anaphors)
        return None if a is None else doc.antecedent(k, a.noun)

    def subject() -> Ref | None:
        r = sr.subject(start, nisba=nisba)
        if r is not None and cls == "casualty" and r.kind in _PARTIES:
            return None  # "أفرج الحوثيون عن 318": the side acting, not where it happened
        return None if before_own_place(r) else r

    def place() -> Ref | None:
        best = sr.place(
            clause, start, fld is not None and fld.field == "distance", date=cls == "date"
        )
        if best is not None and best.inner is not None:
            return best.inner
        for whole in (doc.country, doc.place):
            if best is not None and whole is not None and best.key == whole.key:
                return whole
        return best

    def anywhere_place() -> Ref | None:
        # People are killed or displaced somewhere: a place named anywhere in
        # the sentence ("المبعوث الأممي إلى السودان") before any other name.
        near = sr.any_place
        r = near.nearest(cs, ce, start) or near.nearest(-_INF, reach, start)
        return None if r is None else near.items[r[1]]

    def anywhere() -> Ref | None:
        if not nisba:
            return own(sr.unaffiliated_named) or own(sr.anything_named)
        return own(sr.unaffiliated) or own(sr.anything)

    def recent() -> Ref | None:
        r = doc.recent(k)
        if r is None or cls == "date":
            return r
        if sr.s.figures and sr.s.figures[0] < cs and fld is not None and not fld.others:
            # "غادر X 250 جنديا، فيما غادر Y أكثر من 400": a later clause
            # with a figure of its own is about something else than the last
            # sentences' facility, which the first clause took.
            return None
        # The facility of the last sentences, named again here in a later
        # clause with its own figure, is that clause's.
        for f in sr.named.items:
            if f.key == r.key and f.start >= ce and sr.figure_clause(f):
                return None
        for a in sr.anaphors.items:
            if a.noun == r.noun and a.start >= ce and sr.figure_clause(a):
                c = sr.s.clause_of(a.start)
                first = sr.s.toks[sr.s.tok(c.start)] if sr.s.tok(c.start) < len(sr.s.toks) else None
                # "…أكثر من 400 جندي، وهي القاعدة التي …" restates the clause before.
                restates = first is not None and first.key in doc.lx.apposition
                if not (restates and sr.s.clause_of(c.start - 2).start == cs):
                    return None
        return r

    def country() -> Ref | None:
        return doc.country

    def topic() -> Ref | None:
        return doc.topic or doc.place or doc.country

    def where() -> Ref | None:
        return doc.place

    if cls == "other" and fld is not None and not fld.field.startswith(("personnel", "date")):
        person = own_figure_of(s, start)  # "وقال المزارع إنه خسر 10 بيوت"
        if person is not None:
            return person
    if fld is not None and fld.field == "distance":
        ref = measured_from(sr, start, end, clause)
        if ref is not None:
            return ref.inner or ref
    order: list[Callable[[], Ref | None]]
    if cls == "casualty":
        # treated_at reads the steps after it first: each is worked out once.
        named_, anaphor_, place_, anywhere_place_ = map(
            functools.cache, (named, anaphor, place, anywhere_place)
        )

        def treated_at() -> Ref | None:
            # The hurt were received at a hospital; the harm happened at the
            # place the sentence names ("… جراء الانفجارات في منطقة الدافنية").
            r = named_() or anaphor_()
            if r is None or not _medical(r):
                return None
            p = place_() or anywhere_place_()
            if p is None or _medical(p) or r.start <= p.start < r.end:
                return None  # "مستشفى المنيا الجامعي": where it stands, not where harm was
            if p.start >= r.end:
                causes = lexicon.word_set("entities", "harm_causes")
                if not any(listed(k, causes) for k in s.keys[s.tok(r.end) : s.tok(p.start)]):
                    return None
            return p

        def named_here() -> Ref | None:
            # A hospital named in an earlier clause received the hurt of that
            # clause; a toll told after it ("…، فيما ارتفع عدد المصابين إلى
            # 44") is the story's, not the hospital's.
            r = named_()
            if r is not None and r.start < cs and _medical(r):
                return None
            return r

        order = [
            demonym,
            treated_at,
            named_here,
            place_,
            anaphor_,
            subject,
            anywhere_place_,
            where,
            country,
            anywhere,
        ]
    elif cls == "date":
        order = [named, anaphor, subject, place, anywhere, recent, topic]
    else:
        order = [
            demonym,
            appositive,
            force,
            named,
            anaphor,
            subject,
            place,
            recent,
            anywhere,
            topic,
        ]
    # An organisation reports, sends or pays ("منظمة الصحة العالمية", "اللجنة
    # الدولية للصليب الأحمر"): a count it gives is about the place the
    # sentence or the article names, not about it; its own staff, money and
    # dates are its own, and with no other name it is what the claim is about.
    agency: Ref | None = None
    for step in order:
        r = step()
        if r is not None and r.kind == "organisation" and fld is not None and not own_figures:
            agency = agency or r
        elif r is not None:
            return r.inner or r
    return agency


def _medical(r: Ref) -> bool:
    """Whether ``r`` is a hospital, clinic or medical centre (``entities.toml``
    ``medical_nouns``, ``medical_adjectives``)."""
    if r.kind not in ("facility", "anaphor"):
        return False
    words = normalise_key(r.surface).split()
    nouns = lexicon.word_set("entities", "medical_nouns")
    if r.noun in nouns or (words and words[0] in nouns):
        return True
    return not lexicon.word_set("entities", "medical_adjectives").isdisjoint(words)


def _has_facility(doc: DocContext, k: int) -> bool:
    return any(f.kind == "facility" for f in doc.facs[k]) or any(
        g.kind == "facility" for g in doc.gaz[k]
    )
