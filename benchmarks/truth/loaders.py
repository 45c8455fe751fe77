"""Loaders: each public truth-discovery dataset as recon claims plus its gold.

Every loader returns a :class:`Bench`: a claim table (one row per source,
entity, field, value — values already normalised the way the dataset needs)
and the gold values keyed by (entity, field).  Value normalisation lives here,
never in the library core.  Data is read in place from ``../shared/benchdata``.
"""

from __future__ import annotations

import csv
import gzip
import html
import io
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
DATA = (ROOT / ".." / "shared" / "benchdata").resolve()

#: Flight's gold comes from these airline sites, which are also sources.
FLIGHT_GOLD_SOURCES = frozenset({"aa", "ua", "CO"})
FLIGHT_ATTRS = ("sched_dep", "actual_dep", "dep_gate", "sched_arr", "actual_arr", "arr_gate")


@dataclass
class Bench:
    """A dataset as claims: ``claims`` has columns source, entity, field, value."""

    name: str
    claims: pd.DataFrame
    gold: dict[tuple[str, str], object]
    metric: str = "accuracy"  # or "mae"
    notes: list[str] = field(default_factory=list)


def _read(path: Path) -> str:
    if path.suffix == ".gz":
        with gzip.open(path) as f:
            raw = f.read()
    else:
        raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("latin-1")


# -- Flight ---------------------------------------------------------------------

# Linear-time: a clock time "h:mm" and an optional a/p marker right after it.
_CLOCK = re.compile(r"(\d{1,2}):(\d{2})\s?([AaPp])?")


def clock_minutes(text: str) -> int | None:
    """Minutes after midnight of the clock time in ``text`` (date and zone ignored)."""
    m = _CLOCK.search(text)
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    ap = (m.group(3) or "").lower()
    if ap == "p":
        h = h % 12 + 12
    elif ap == "a":
        h = h % 12
    return h * 60 + mi


# "TERMINAL D - D53", "TERM C - C44": the terminal before the gate restates its concourse.
_GATE_TERMINAL = re.compile(r"^TERM(?:INAL)?\s+\w+\s*-\s*")
_GATE = re.compile(r"([A-Z]{0,2})(\d+)([A-Z]{0,2})")


def gate(text: str) -> tuple[str, ...] | None:
    """A gate as the set of its parts (concourse letters, number, suffix letters).

    Sources write one gate as "C125", "C-125", "TERM C - C125", "C125/C" or
    just "125": the last omits the concourse, so it states part of the gate,
    which the set form lets recon read as a partial statement of "C125"
    rather than a rival value.  Placeholders ("-", "--") are no value; words
    ("HOLD") stay whole.
    """
    t = text.strip().upper()
    if not t or not t.strip("-"):
        return None
    core = _GATE_TERMINAL.sub("", t).split("/")[0].replace("-", "").replace(" ", "")
    m = _GATE.fullmatch(core)
    if not m:
        return (t,)
    # Letters keep their side ("B47" is not "47B").
    pre, num, post = m.groups()
    return tuple(sorted(p for p in (pre and pre + "-", num, post and "-" + post) if p))


def clock(text: str) -> str | None:
    """A clock time as ``"HH:MM"`` (24 h).

    Flight's times are readings of a clock, scored by exact match: 16:55 and
    16:56 are two different claims about one event, not two measurements of a
    quantity where the nearer is the better.  So they are identifiers (exact-match
    values), not figures; format variants ("4:55 p.m.", "16:55") still meet.
    """
    m = clock_minutes(text)
    return None if m is None else f"{m // 60:02d}:{m % 60:02d}"


def _flight_cell(attr: int, text: str) -> str | tuple[str, ...] | None:
    return gate(text) if attr in (2, 5) else clock(text)


def flight(days: int | None = None, *, without_gold_sources: bool = False) -> Bench:
    """Flight (Li et al. 2012): times as minutes, gates upper case; entity = day/flight."""
    files = sorted((DATA / "flight" / "claims").glob("*.txt.gz"))
    if days:
        files = files[:days]
    src: list[str] = []
    ent: list[str] = []
    fld: list[str] = []
    val: list[object] = []
    gold: dict[tuple[str, str], object] = {}
    for p in files:
        day = p.name[:8]
        for line in _read(p).splitlines():
            f = line.split("\t")
            if len(f) < 3 or not f[1]:
                continue
            if without_gold_sources and f[0] in FLIGHT_GOLD_SOURCES:
                continue
            obj = f"{day}/{f[1]}"
            for a, cell in enumerate(f[2:8]):
                if not cell.strip():
                    continue
                v = _flight_cell(a, cell)
                if v is None:
                    continue
                src.append(f[0])
                ent.append(obj)
                fld.append(FLIGHT_ATTRS[a])
                val.append(v)
        for line in _read(DATA / "flight" / "gold" / f"{day}.txt").splitlines():
            f = line.split("\t")
            if not f or not f[0]:
                continue
            for a, cell in enumerate(f[1:7]):
                v = _flight_cell(a, cell) if cell.strip() else None
                if v is not None:
                    gold[(f"{day}/{f[0]}", FLIGHT_ATTRS[a])] = v
    df = pd.DataFrame({"source": src, "entity": ent, "field": fld, "value": val})
    # One value per source and item (a few sources list a flight twice): keep the first.
    df = df.drop_duplicates(["source", "entity", "field"], keep="first", ignore_index=True)
    name = (
        "flight" + (f"[{days}d]" if days else "") + ("-noairline" if without_gold_sources else "")
    )
    return Bench(name=name, claims=df, gold=gold)


def flight_raha() -> Bench:
    """The one-day Raha/Baran flights subset: four times per flight, row-aligned gold."""
    dirty = list(csv.DictReader(io.StringIO(_read(DATA / "flight_raha_subset" / "dirty.csv"))))
    clean = list(csv.DictReader(io.StringIO(_read(DATA / "flight_raha_subset" / "clean.csv"))))
    attrs_ = [c for c in dirty[0] if c not in ("src", "flight")]
    rows = []
    gold: dict[tuple[str, str], object] = {}
    for d, c in zip(dirty, clean, strict=True):
        for a in attrs_:
            g = clock(c[a]) if c[a].strip() else None
            if g is not None:
                gold[(d["flight"], a)] = g
            v = clock(d[a]) if d[a].strip() else None
            if v is not None:
                rows.append((d["src"], d["flight"], a, v))
    df = pd.DataFrame(rows, columns=["source", "entity", "field", "value"])
    df = df.drop_duplicates(["source", "entity", "field"], keep="first", ignore_index=True)
    return Bench(name="flight_raha", claims=df, gold=gold)


# -- Book -----------------------------------------------------------------------

_WORD = re.compile(r"[a-z]+")
_SKIP = frozenset(
    "jr sr ii iii phd md dr prof editor ed eds unknown none not available et al".split()
)
# Separators between authors; " and " / "&" joins the last two.
_SEP = re.compile(r";|/|&| and |, and |\band\b", re.IGNORECASE)


def _words(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower().replace("'", "")) if w not in _SKIP]


def _last(text: str) -> str | None:
    """The surname of "First M. Last": its last word longer than an initial."""
    words = [w for w in _words(text) if len(w) > 1]
    return words[-1] if words else None


def _comma_surnames(chunks: list[str]) -> list[str | None]:
    """Surnames of a comma-separated author list in either name order.

    "Last, First, Last2, First2" (alternating); "Last, First Last2, First2"
    (the listing lost its separators: each middle chunk ends with the next
    surname); "First Last, First2 Last2" (each chunk a whole name).
    """
    if len(_words(chunks[0])) > 1 and all(len(_words(c)) > 1 for c in chunks):
        return [_last(c) for c in chunks]
    heads = chunks[0::2]
    if len(chunks) % 2 == 0 and all(len(_words(c)) == 1 for c in heads):
        return [" ".join(_words(c)) for c in heads]
    return [" ".join(_words(chunks[0]))] + [
        _last(c) if len(_words(c)) > 1 else None for c in chunks[1:-1]
    ]


# A seller's feed turned "&" into "and": "Oandapos;Leary", "Standuuml;tzle".
_MANGLED = re.compile(r"and([a-z]{2,6});")
_ROLE = re.compile(r"\b(?:edited by|by author|compiled by|translated by|by)\b", re.IGNORECASE)


def _plain_text(text: str) -> str:
    """HTML entities decoded (also the mangled ones), accents and role words dropped."""
    t = html.unescape(_MANGLED.sub(r"&\1;", text))
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode()
    return _ROLE.sub(" ", t)


def authors(text: str) -> tuple[str, ...] | None:
    """An author list as a sorted tuple of normalised surnames (None: not available).

    Handles "Last, First; Last2, First2", "First Last and First2 Last2",
    "/"-separated lists, lists whose separators were lost, and the HTML
    apostrophe mangled to "andapos;" by one seller.
    """
    t = _plain_text(text.strip())
    if not t or t.lower() in ("not available", "n/a", "unknown", "none"):
        return None
    names: set[str] = set()
    for part in _SEP.split(t):
        chunks = [c for c in (x.strip() for x in part.split(",")) if _words(c)]
        if not chunks:
            continue
        found = _comma_surnames(chunks) if len(chunks) > 1 else [_last(chunks[0])]
        names.update(n for n in found if n)
    return tuple(sorted(names)) or None


def _isbn10(t: str) -> str:
    t = re.sub(r"[^0-9Xx]", "", t).upper()
    if len(t) == 13 and t.startswith("978"):
        core = t[3:12]
        s = sum((10 - i) * int(d) for i, d in enumerate(core))
        c = (11 - s % 11) % 11
        return core + ("X" if c == 10 else str(c))
    return t


def book() -> Bench:
    """Book (AbeBooks): author lists as sets of normalised surnames; 100 gold books."""
    rows = []
    for line in _read(DATA / "book" / "book.txt").splitlines():
        f = line.split("\t")
        if len(f) < 4:
            continue
        a = authors(f[3])
        if a:
            rows.append((f[0].strip(), _isbn10(f[1]), "authors", a))
    gold: dict[tuple[str, str], object] = {}
    for line in _read(DATA / "book" / "book_golden.txt").splitlines():
        if not line.strip():
            continue
        isbn, _, names = line.partition("\t")
        a = authors(names)
        if a:
            gold[(_isbn10(isbn), "authors")] = a
    df = pd.DataFrame(rows, columns=["source", "entity", "field", "value"])
    df = df.drop_duplicates(["source", "entity", "field"], keep="first", ignore_index=True)
    return Bench(name="book", claims=df, gold=gold, notes=["exact set of surnames"])


# -- Population -----------------------------------------------------------------


def population() -> Bench:
    """Population (Wikipedia edits, GTM-filtered set): numeric, scored by MAE."""
    rows = []
    for line in _read(DATA / "population" / "population-new-new.txt").splitlines():
        f = line.split("\t")
        if len(f) < 3:
            continue
        try:
            v = float(f[2].replace(",", ""))
        except ValueError:
            continue
        rows.append((f[1].strip(), f[0].strip(), "population", v))
    gold: dict[tuple[str, str], object] = {}
    for line in _read(DATA / "population" / "population-gd.txt").splitlines():
        parts = [p.strip() for p in line.split(",")]
        if len(parts) >= 3:
            gold[(f"{', '.join(parts[:-2])}_{parts[-2]}", "population")] = float(parts[-1])
    df = pd.DataFrame(rows, columns=["source", "entity", "field", "value"])
    df = df.drop_duplicates(["source", "entity", "field"], keep="last", ignore_index=True)
    return Bench(name="population", claims=df, gold=gold, metric="mae")


# -- Weather --------------------------------------------------------------------


# "34 1": the same reading in °F and °C; "2 1/2": a mixed fraction (visibility, miles).
_F_C = re.compile(r"(-?\d+(?:\.\d+)?) (-?\d+(?:\.\d+)?)")
_MIXED = re.compile(r"(?:(\d+) )?(\d+)/(\d+)")


def _weather_value(text: str) -> object:
    """A figure as a number (°F of an "°F °C" pair, mixed fractions), else lower-cased text."""
    t = " ".join(text.split()).lower()
    if not t:
        return None
    try:
        return float(t)
    except ValueError:
        pass
    m = _F_C.fullmatch(t)
    if m and abs((float(m.group(1)) - 32) * 5 / 9 - float(m.group(2))) <= 1.0:
        return float(m.group(1))
    m = _MIXED.fullmatch(t)
    if m and int(m.group(3)):
        return int(m.group(1) or 0) + int(m.group(2)) / int(m.group(3))
    return t


def _tl(t: str) -> str:
    return " ".join(t.split()).lower()


def weather() -> Bench:
    """Weather (30 US cities): figures as numbers, conditions as text; exact-match accuracy."""
    data = list(csv.DictReader(io.StringIO(_read(DATA / "weather" / "weather_input_holo.csv"))))
    attrs_ = [c for c in data[0] if c not in ("src", "timeland")]
    rows = []
    for r in data:
        for a in attrs_:
            v = _weather_value(r[a] or "")
            if v is not None:
                rows.append((r["src"], _tl(r["timeland"]), a, v))
    gold: dict[tuple[str, str], object] = {}
    for g in csv.DictReader(io.StringIO(_read(DATA / "weather" / "input_golden_record.csv"))):
        for a in attrs_:
            v = _weather_value(g.get(a) or "")
            if v is not None:
                gold[(_tl(g["timeland"]), a)] = v
    df = pd.DataFrame(rows, columns=["source", "entity", "field", "value"])
    df = df.drop_duplicates(["source", "entity", "field"], keep="first", ignore_index=True)
    return Bench(name="weather", claims=df, gold=gold)


# -- TDH birthplaces / heritages -------------------------------------------------


def _place(text: str) -> str:
    return " ".join(text.split()).lower()


def _place_paths(base: Path) -> Callable[[str], tuple[str, ...]]:
    """A place name -> the set of it and its ancestors in the dataset's hierarchy.

    The hierarchy says a claim of an ancestor ("Minnesota" for Minneapolis) is
    partly right, not wrong; as sets, "Minnesota" = {minnesota, usa} is a
    partial statement of {minneapolis, minnesota, usa}.  A name found at
    several nodes (Bombay under two parents) keeps only the ancestors all its
    nodes share; a name outside the hierarchy is just itself.  The map depends
    on the name alone, so two claims are equal exactly when their names are.
    """
    rows = list(csv.DictReader(io.StringIO(_read(base / "hierarchy.csv"))))
    name = {r["ID"]: _place(r["name"]) for r in rows}
    parent = {r["ID"]: r["parentID"] for r in rows}
    nodes: dict[str, list[str]] = {}
    for i, n in name.items():
        nodes.setdefault(n, []).append(i)

    def ancestors(i: str) -> set[str]:
        out: set[str] = set()
        p = parent.get(i)
        while p in name and p != i and parent.get(p, "-1") != "-1":  # the root is no place
            out.add(name[p])
            p = parent.get(p)
        return out

    cache: dict[str, tuple[str, ...]] = {}

    def path(n: str) -> tuple[str, ...]:
        if n not in cache:
            common = set.intersection(*(ancestors(i) for i in nodes[n])) if n in nodes else set()
            cache[n] = tuple(sorted({n} | common))
        return cache[n]

    return path


def tdh(which: str) -> Bench:
    """TDH birthplaces or heritages: a place as the set of it and its ancestors.

    Scored by exact match against the gold path's leaf read the same way, so a
    prediction counts only when it names the gold leaf (no partial credit).
    """
    base = DATA / "tdh_birthplaces_heritages" / which
    path = _place_paths(base)
    rows = [
        (r["src"], r["obj"].strip(), "place", path(_place(r["value"])))
        for r in csv.DictReader(io.StringIO(_read(base / "claims.csv")))
        if r["value"].strip()
    ]
    gold: dict[tuple[str, str], object] = {}
    for r in csv.DictReader(io.StringIO(_read(base / "groundtruths.csv"))):
        gold[(r["obj"].strip(), "place")] = path(_place(r["value"].split(",")[0]))
    df = pd.DataFrame(rows, columns=["source", "entity", "field", "value"])
    df = df.drop_duplicates(["source", "entity", "field"], keep="first", ignore_index=True)
    return Bench(name=f"tdh-{which}", claims=df, gold=gold, notes=["leaf of the gold path"])


LOADERS: dict[str, Callable[[], Bench]] = {
    "flight_raha": flight_raha,
    "book": book,
    "population": population,
    "weather": weather,
    "tdh-birthplaces": lambda: tdh("birthplaces"),
    "tdh-heritages": lambda: tdh("heritages"),
}
