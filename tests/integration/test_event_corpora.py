"""reconcile() end to end on several outlets reporting the same events.

Three sets of fictional multi-outlet events, each event a folder with 3–4
articles, their ``sources.json`` and an ``expected.json`` giving the groups a
careful reader expects and pairs of figures that must never share a group:

* ``tests/data/events/`` (five events) was written to test recon, and the
  extraction and attachment rules were tuned against it in November 2026
  (9/25 -> 22/25 groups right).  It is a regression set, no longer a measure
  of generalisation.
* ``tests/data/dev/`` (four events) was written for the generalisation round
  (November 2026), its ``expected.json`` committed before recon was run on
  it; the rules of that round are tuned on it.
* ``tests/data/holdout/`` (four events) was written afterwards from the data
  format only, its ``expected.json`` committed before recon was ever run on it.
  It is HELD OUT: it is the generalisation figure, and must never be tuned
  on -- a fix for one of its misses must be motivated and tested on other text.
* ``tests/data/holdout2/`` (four events) is a second held-out set, written in
  the generalisation round by someone who read neither recon's code nor the
  first held-out set's misses; same rules as ``holdout``.
* ``tests/data/holdout3/``, ``tests/data/holdout4/`` (held out),
  ``tests/data/dev2/`` and ``tests/data/dev3/`` (tuned on) were written the
  same way, each README
  saying what its writer read; docs/evaluation.md lists every set's role.

Scoring follows the seed acceptance check: an expected claim is found by
document and value in ``Report.to_records()``; a group is right when all its
claims share one record ``group`` and that group's status is the expected
verdict; a separate pair is kept unless both figures are found in one group.

Run with ``-s`` to see the per-event table of each set and every miss;
docs/evaluation.md explains the sets, the floors below and the target.
"""

from __future__ import annotations

import functools
import itertools
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import recon
from recon.normalise import normalise_key
from recon.units import comparable, to_base

pytest.importorskip("recon.extract")

DATA_DIR = Path(__file__).parent.parent / "data"
SETS = (
    "events",
    "dev",
    "holdout",
    "holdout2",
    "holdout3",
    "dev2",
    "dev3",
    "holdout4",
    "dev4",
    "holdout5",
    "dev5",
    "holdout6",
    "dev6",
    "holdout7",
    "dev8",
    "holdout8",
    "dev7",
    "holdout9",
    "dev9",
    "dev10",
    "dev11",
    "holdout10",
    "dev12",
    "holdout11",
    "dev13",
    "holdout12",
    "dev14",
    "holdout13",
    "holdout14",
    "multi1",
    "multidev1",
    "holdout15",
    "holdout16",
    "dev15",
    "holdout17",
    "holdout18",
    "dev16",
    "holdout19",
)


def _events(set_name: str) -> list[str]:
    folder = DATA_DIR / set_name
    return sorted(p.name for p in folder.iterdir() if (p / "expected.json").is_file())


EVENTS = {s: _events(s) for s in SETS}
CASES = [(s, e) for s in SETS for e in EVENTS[s]]
MIN_EVENTS = {"holdout19": 4, "dev16": 4, "holdout18": 4, "holdout17": 4, "dev15": 4, "holdout16": 4, "holdout15": 4, "multidev1": 4, "multi1": 4, "holdout14": 4, "dev14": 4, "holdout13": 4, "dev13": 4, "holdout12": 4, "dev12": 4, "holdout11": 4, "dev11": 4, "holdout10": 4, "dev10": 4, "dev9": 4, "holdout9": 4, "events": 5, "dev": 4, "holdout": 4, "holdout2": 4, "holdout3": 4, "dev2": 4, "dev3": 4, "holdout4": 4, "dev4": 4, "holdout5": 4, "dev5": 4, "holdout6": 4, "dev6": 4, "holdout7": 4, "dev8": 4, "holdout8": 4, "dev7": 4}
assert len({e for _, e in CASES}) == len(CASES), "event folder names must be unique across sets"

VERDICTS = {"agree", "conflict", "update", "conflict_or_update"}

# Floors the current code honestly reaches, per set (see the tables in
# docs/evaluation.md).  The target is every required group right and no
# separate pair broken.
#
# "events" (tuned on): 24 of 25 required groups right, 74 of 74 claims found.
# "dev" (tuned on, generalisation round): first run 3/16 groups right, 10/40
# pairs joined, 36/44 claims found, 13 separate pairs kept, one broken; at
# the end of the round 10/16, 33/40, 43/44, 19 kept, one broken (pinned).
# "holdout": HELD OUT, never tune on it.  On the first run after the data was
# committed the code reached 0 of 21 required groups right, 44 of 56 claims
# found, 4 of 24 separate pairs broken.  Measured once at the end of the
# generalisation round (rules motivated and tested on other text): 1/21
# groups right, 16/50 pairs joined, 54/56 claims found, 18 separate pairs
# kept, one broken.  Raise these only when a change motivated by other text
# lifts them, never by fitting rules to these articles.
# "holdout2": a second HELD-OUT set, written in the generalisation round by
# someone who read neither recon's code nor the first held-out set's misses;
# same rules.  On the code it was written against (commit 14aecd7): 4/22
# groups right, 10/36 pairs joined, 42/51 claims found, 13 separate pairs
# kept, 7 broken.  First measured after the generalisation round (rules made
# without it): 5/22, 12/36, 44/51, 19 kept, 2 broken (pinned below).
# After the administrative divisions were added to the gazetteer (data chosen
# country by country, not from any article): holdout 5/21 groups, 21/50 pairs,
# 54/56 claims, 17 separate pairs kept, 2 broken; holdout2 9/22, 17/36,
# 44/51, 19 kept, 2 broken.  Group and pair floors raised to those figures.
# The holdout's separate-pairs floor was LOWERED from 18 to 17, a decision
# taken on the trade (+3 groups, +5 pairs on holdout, +4 groups, +5 pairs on
# holdout2, against one more broken pair on each): a place's figure now moves
# down to a town the gazetteer newly knows, also when the figure was another
# event's.  The new broken pairs are pinned below; a guard for totals "of the
# whole" (story.toml whole_scope, tested on other sentences) did not fix them.
# "holdout3": a third HELD-OUT set (fourth session), written by someone who
# read neither recon's code nor any other set's articles or misses, committed
# one event at a time before recon ran on it; same rules.  First run, on the
# code of commit 45127c0 (end of the third session): 8/24 groups right, 24/43
# pairs joined, 39/57 claims found, 15 separate pairs kept, 6 broken (pinned
# below, not analysed).
# Round 4 (docs/evaluation.md "Round 4"): "holdout" is now a STUDIED set,
# no longer held out (its misses were analysed and worked from, with general
# rules tested on other sentences); "holdout2" stays held out (summary lines
# only).  End of round 4: dev 15/16 groups, 39/40 pairs, 44/44 claims, 20
# kept, none broken; holdout 12/21, 32/50, 55/56, 20 kept, none broken (the
# holdout separate-pairs floor is back above the 18 it was lowered from);
# holdout2 10/22, 18/36, 44/51, 20 kept, one broken (pinned below).  Floors
# raised to these; the pinned pairs now kept were unpinned.
# holdout3 measured once more at the end of round 4 (rules made without it):
# 10/24 groups right, 24/43 pairs joined, 39/57 claims found, 14 separate
# pairs kept, 5 broken.  Its separate-pairs floor went from 15 to 14 with no
# pair newly broken: one pinned broken pair and one kept pair became
# uncheckable (round 4 no longer reads one of their figures as a claim), and
# the pinned pair was unpinned.
# "dev2": a NEW dev set (round 5, written by someone else while the round
# was under way; tuned on).  FIRST measurement, before any rule was changed
# for it, on the code of commit 7a9694f (main merged into round 5's first
# four commits): 6/24 groups right, 14/36 pairs joined, 39/54 claims found,
# 14 separate pairs kept, none broken (on main's code alone: the same but 13
# kept -- round 5's part-of-whole rule keeps one more).  Floors set to it.
# End of round 5 (docs/evaluation.md "Round 5"): dev 15/16, 39/40, 44/44, 21
# kept; holdout 13/21, 32/50, 55/56, 21 kept; dev2 14/24, 24/36, 51/54, 20
# kept, none broken; floors raised to these.  holdout2 (held out, summary
# line only) went from 10/22 to 9/22 groups and from 18/36 to 17/36 pairs,
# with 20 -> 21 separate pairs kept.  Its group and pair floors were LOWERED
# to these figures: under the held-out protocol no rule may be kept or
# reverted on a held-out score, and which rule costs the group was not looked
# for (that would be tuning on the set).  The lead decides at the merge.
# holdout3 unchanged (10/24, 24/43, 39/57, 14 kept).
# End of round 6 (docs/evaluation.md "Round 6"): events 29 kept; dev2 17/24,
# 26/36, 53/54, 22 kept; dev3 5/18, 22/34, 42/44, 34 kept (7 pinned);
# held out, summary lines only: holdout2 9/22, 17/36, 45/51, 25 kept;
# holdout3 14/24, 34/43, 51/57, 25 kept; holdout4 6/21, 16/31, 44/47, 29
# kept.  Floors raised to these; no held-out figure dropped.
# Round 7 (entity splits): dev3 6/18, 23/34 (a counted noun's stem keeps
# its first letter: "لوح" and "لوحاً" agree); 7/18, 24/34 (a describing
# adjective ends no facility's key: "سجن زحلة المركزي" is سجن زحلة); 8/18,
# 25/34 (people led away, or some of them taken, to a place: a destination);
# events 25/25, 81/81 (Sudanese towns in their states: سنجة in Sennar State);
# dev2 18/24, 27/36 (a facility a figure is "according to" is its source;
# "قد يستغرق" gives duration:expected); holdout4 (summary line only) 7/21, 30 kept;
# holdout (studied) 14/21, 33/50 (a route's distance is its origin's).
# Round 8 (sixth session): dev2 29/36 pairs (Mali's towns in the gazetteer);
# dev3 9/18 (a bare درهم in an article about Rabat is Moroccan), 10/18 (a
# duration spread over by an amount), 11/18 (a rise's إلى opening its own
# clause), 26/34 pairs (pills smuggled inside "عدد الموقوفين في قضية تهريب"),
# 36 separate pairs kept ("أبوحمد" spelled joined; a figure "قرب مدينة الدويم").
# Ninth session: dev7, dev8 (tuned on) and holdout8 (HELD OUT) are new, their
# floors their first runs (the same on the session's start, 6696d33).
# holdout4's separate-pairs floor went from 38 to 37 with no pair newly
# broken: one dual of people in general is no count:<noun> claim any more
# (one predicate for both trade-count branches), so one kept pair became
# uncheckable.  Round 11's season rule ("الموسم الماضي" is last year's) moved
# holdout8 from 6 to 8 groups and holdout5 from 9 to 8 groups, 14 to 13
# pairs (summary lines only, not read): holdout5's floors were LOWERED on
# that trade, with tuned sets dev7 and dev8 each gaining a group.  Round
# 11's measure fields (a length after "عمق", "بطول" … is depth, length …)
# moved holdout3 from 34 to 33 joined pairs and from 27 to 28 kept pairs,
# one pinned pair kept (summary line only); its pair floor was lowered on
# that trade (dev5 +1 group, dev8 +2 groups, dev5, dev6 +3 kept each).
# recon.units now reads common unit symbols ("ha" for hectare): the expected
# answers' "ha" is converted at last, which alone moved holdout2 from 12 to
# 13 groups (summary line) and dev7 from 13 to 14: a scoring fix, no rule.
# Tenth session, round 12: two names of one scene told by two agreeing
# figures (recon._story_corroborate, motivated by dev5's hikers) moved dev5
# from 14 to 16 groups; held out (summary lines only): holdout5 9 -> 11
# groups, 13 -> 16 pairs; holdout8 8 -> 10 groups, 22 -> 26 pairs.  A first
# version that also moved a figure disagreeing with the target's broke one
# holdout5 pair (summary line); the kept version leaves such figures where
# they are, which is also the a-priori safer reading (see docs/evaluation.md).
# Round 12, figures an article told apart by size (group._told_sizes, with
# SIZES_APART = 2.5 chosen before measuring): tuned dev3 12 -> 13, dev4 14 ->
# 15, dev6 16 -> 17, dev8 19 -> 20 groups, dev3 and dev5 +2 kept each, no
# tuned group lost.  Held out (summary lines only): holdout3 +1, holdout7 +1,
# holdout8 +2 groups; holdout4 7 -> 6 and holdout5 11 -> 10 groups (one pair
# each), whose floors were LOWERED on that trade; separate pairs kept +4
# holdout5, +2 holdout6, +2 holdout7, +1 holdout8.  13 pinned pairs are now
# kept and were unpinned by a script (counts only).
# Round 12, one figure two documents of one story share (the second pass of
# recon._story_corroborate): tuned dev 15 -> 16, dev2 18 -> 19, dev3 13 ->
# 15, dev4 15 -> 16, dev6 17 -> 19 groups, none lost; held out (summary lines
# only): holdout2 +1, holdout4 +5, holdout6 +1, holdout7 +1, holdout8 +1
# groups, no pair newly broken.  Its earlier-year guard was added for two
# dev6 pairs it broke (the same value told of an earlier event); the guard
# also cost holdout5 and holdout8 a group each against the unguarded pass.
# Round 12, a date in another clause with a figure of its own dates that
# figure only (recon._as_of), and "80 كم/ساعة" is a rate: dev5 16 -> 17,
# dev6 19 -> 20 groups, dev3 +1 kept (a pinned pair unpinned); holdout8
# (summary line) -1 kept, a pair newly broken and pinned by a script: its
# kept floor was LOWERED on that trade.  (A clause opened by "مقابل" is read
# with the clause it compares with, which kept a dev4 pair.)
# Round 12: "4 من ركائز الجسر" counts the piers, and "في اليوم الثالث" is a
# day, no rate: dev6 20 -> 21 groups, 50 -> 51 claims; holdout7 (summary
# line) 15 -> 17 groups.
# Round 12: a revision is dated by the claims that say so ("ارتفع عدد
# التوابيت إلى 31"), not by another claim of the same figure: dev8 20 -> 21,
# holdout8 (summary line) 13 -> 14 groups.
# Round 12: an article whose figures of one group lie 2.5 times apart with
# no such gap between neighbours is cut at the widest gap it spans: dev7 17
# -> 19 groups; held out (summary lines): holdout8 14 -> 15 groups, +2 kept;
# holdout5 10 -> 9 groups (floors LOWERED on that trade), +1 kept; three
# pinned pairs unpinned by a script.
# Round 12: counted people between a verb of going and "إلى" ("توجه 4
# متفرجين آخرين بأنفسهم إلى …"): holdout6 (summary line) 13 -> 14 groups.
# Round 12: a time something will need ("سيحتاج إلى ما بين 40 و60 يوماً")
# is expected: dev5 17 -> 18 groups.
# "holdout9": a ninth HELD-OUT set, written code-blind in the tenth session
# (four events: a pipeline leak near Basra, a gold mine collapse in River
# Nile state, a hailstorm in the Jordan Valley, a flash flood near Ibri).
# First run, summary lines only: on the session's start (4c0013f) 11/24
# groups, 24/42 pairs, 50/57 claims, 29 kept, 6 broken; on the code of
# a81c503 (round 12's rules, made without it) 13/24, 28/42, 50/57, 33
# kept, 2 broken (pinned by a script).  Floors set to the latter.
# Round 12: a listed thing right after a figure is counted whatever the
# verb ("شارك في عمليات الإنقاذ ١٨ فرقة إسعافية" is 18 teams, not 18 people
# rescued): dev4 16 -> 17 groups; holdout6 14 -> 15, holdout7 17 -> 18
# (summary lines).
# Round 12: people airlifted down ("أُنزلوا بالطائرة العمودية") were rescued:
# dev5 18 -> 19 groups.
# Round 12: an amount whose object its article does not name joins the one
# object other articles give the same amount of the same entity: dev8 21 ->
# 22 groups.
# Round 12: the length of a way between two places ("الطريق الممتد نحو 50
# كيلومتراً بين البلدة والمعبر") is their distance: dev6 21 -> 22 groups.
# Round 12: a city named inside a facility's name ("ميناء جدة الإسلامي"),
# chosen as a claim's entity, links to the city: dev3 15 -> 16 groups.
# "dev9": a new dev set (to be tuned on), written code-blind in the tenth
# session and delivered at its end (a Kuwait power cut, cholera in Taiz, a
# microbus in a Minya canal, Tunisia's baccalaureate results).  First run,
# before any rule was made on it: on the session's start (4c0013f) 6/24
# groups, 18/48 pairs, 52/60 claims, 22 kept, 6 broken; on the code of
# 153c066, 8/24, 20/48, 52/60, 23 kept, 5 broken (pinned).  Floors set to it.
# "dev10": a second new dev set of the tenth session, delivered at its end
# (a wildfire in the Latakia countryside, an Umrah bus on the Medina road,
# sardine landings at Agadir, a gas explosion in Beirut's southern suburb).
# First run, before any rule was made on it: on the session's start 10/24
# groups, 27/46 pairs, 50/59 claims, 21 kept, 4 broken; on the code of
# 56db999, 12/24, 29/46, 50/59, 23 kept, 2 broken (pinned).  Floors set to it.
# "dev11" (to be tuned on: a hotel fire in Juffair, an ammunition depot
# blast west of Misrata, a school-building programme in the Kurdistan
# Region, drought relief in Bay and Bakool) and "holdout10" (HELD OUT: a
# measles campaign in Hodh Ech Chargui, a textile strike in Kafr El-Dawwar,
# a sandstorm in Al-Ahsa, a camel race in Tamanrasset), written code-blind
# in the eleventh session.  First run, on the session's start (601c9c3):
# dev11 9/38 groups, 18/58 pairs, 75/86 claims, 30 kept, 3 broken; holdout10
# 13/34, 29/56, 64/79, 28 kept, 6 broken (pinned by a script, not read).
# Round 13 (eleventh session), first batch: a decimal comma before a measure
# or a percentage ("37,08 بالمائة"), dotted thousands in the Maghreb's press
# ("45.100 طن"), a year naming a session or budget ("دورة 2025") is no
# figure, "نسبة" across a long phrase, cases of an unlisted kind ("87 حالة
# غش"), the bare names of Tunisia and Algeria, a guarded "مالي" after a
# place word, a country labelling a headline: dev2 19 -> 20, dev9 8 -> 10,
# dev10 12 -> 13 groups, dev7 +1 kept, no tuned group lost.  Held out
# (summary lines only): holdout6 15 -> 16 groups, holdout10 +2 claims, +1
# kept; holdout4 11 -> 12 groups but one pair newly broken (the headline
# label; pinned by a script), its kept floor LOWERED from 37 to 36 on that
# trade.  dev10's two pairs newly broken (both landings of 2024 now read, told
# apart from 2025's only by their periods) are pinned as found.
# "dev12" (to be tuned on: a power-station fire in Al Khor, anthrax in East
# Darfur's cattle, Baalbek's municipal budget, a boat rescue off Al Hoceima)
# and "holdout11" (HELD OUT: a phosphate-rail strike in Gafsa, the Disi pipe
# bursting near Al-Qatrana, a date-palm pest in Rustaq, a pilgrims' bus near
# Najaf), written code-blind in the eleventh session.  First run, the same on
# the session's start (601c9c3) and on round 13's first batch (f1f02e1):
# dev12 13/34 groups, 31/62 pairs, 66/82 claims, 31 kept, 3 broken;
# holdout11 11/33, 22/49, 64/74, 33 kept, 1 broken (pinned by a script).
# Round 13, second batch (from dev11): hotels and depots are facilities; a
# hospital ("مجمع", "مستوصف") an unnamed source speaks from is its office;
# "الزرقاء" (also "blue") is Zarqa only after a place word; a term "على ذمة
# التحقيق" is a penalty; "وفاتان" counts two dead: dev11 9 -> 15 groups, no
# other set moved (tried and dropped: "سوق", "برج", "مسجد", "مخزن" as
# facility nouns, a quoted facility name, "فندق بمنطقة X" as no name, "لمدة"
# reaching back across clauses to a penalty: docs/evaluation.md).
# Round 13, third batch (from dev12): a feminine dual in construct ("جثتي
# بحارين") is one figure of two; sailors are counted people; "اثنان" alone
# is two; patrol boats ("خافرتان") are boats: dev12 13 -> 14 groups, 31 ->
# 35 pairs, 66 -> 70 claims; dev11 +1 kept; nothing else moved (tried and
# dropped: bodies recovered as the dead ("جثتين" in [nouns] killed: a part
# of a toll, dev12 and dev9 each lost by it), hospitals skipped as the
# facility of later sentences (dev4 and holdout10 each lost a group)).
# Round 13, fourth batch: more events a date is of (a fire breaking out,
# an outbreak's first cases, a programme launched, a council's sitting) and a
# date in apposition after the day's words: dev10 13 -> 14, dev11 15 -> 16,
# dev12 14 -> 15 groups; holdout10 (summary line) +1 pair, +1 claim.
# Round 13, fifth batch: a figure after a place noun names no place ("في كل
# منطقة ساعتين"), and "سد" before a need is "meeting" it, no dam: dev9 +1
# pair, dev11 16 -> 17 groups.
# Round 13, sixth batch: "توفوا" kills (dev11 +2 claims); طرابلس takes the
# sense of the country another place of its document is in; a facility's
# short name is its document's one longer name starting with it (dev12 15 ->
# 16 groups, 38 -> 40 pairs); an earlier event's date told in the pluperfect
# dates its figures (dev12 +2 kept, one pinned pair unpinned); "في محطة
# أخرى" refers to no facility of the story.
# Round 13, seventh batch: a boat putting to sea and explosions that shook
# a place have dates; an earlier event's date keeps its year: dev11 +1 pair,
# dev12 +1 pair.  (Tried and dropped: "تنطلق" and "تبدأ" (will start) and
# "حريق" as events: holdout2 (summary line) and dev10 each lost groups.)
# Round 13, eighth batch (motivated by dev12): a count's "عدد"/"حصيلة" names
# what the people after its "إلى" are however far before it ("ارتفع عدد
# المصابين في الحريق الذي … إلى ستة عمال"): dev9 +1 claim, +1 kept; held out
# (summary lines) holdout4 12 -> 13 groups, holdout6 +1 claim, +1 kept,
# holdout10 +1 pair, +1 claim, +2 kept.  (Without the counted noun after the
# figure it cost the studied holdout a group and holdout10 one.)
# Round 13, ninth and tenth batches: a speaker ends before what was
# announced; a trigger before "إن" says nothing of the figure after it; the
# hurt who died since are killed:change; a broken plural or a synonym counts
# what its singular does ("مراكز", "طبقات"): dev9 10 -> 11, dev10 14 -> 15.
# Round 13, eleventh batch: distances one article tells apart by the place
# they are measured from split their group (recon._told_references): dev10
# 15 -> 16 groups, +1 kept (a pinned pair unpinned); held out (summary line)
# holdout4 +1 kept (a pinned pair unpinned) but 23 -> 21 pairs, its pair
# floor LOWERED on that trade.
# Round 13, twelfth batch: an overturn, a sinking, a leak, a collision, a
# grounding are events a date is of (date:incident): dev5 19 -> 20, dev10
# 16 -> 17 groups; held out (summary line) holdout11 +1 pair, +3 claims.
# ("حادث" and "انهيار" tried and dropped: dev, holdout3, holdout9 lost.)
# Round 13, thirteenth batch: suspected infections, time spent on the work
# ("بعد 14 ساعة من العمل"), bodies received ("جثامين"), classrooms, members
# in the accusative ("12 عضواً"): dev9 +2 pairs, dev10 17 -> 18, dev11 18 ->
# 19 (+ "جثامين" 17 -> 18), dev12 16 -> 17 groups; held out (summary lines)
# holdout3 and holdout9 +1 claim, holdout11 +2 kept.
# Round 13, fourteenth to sixteenth batches: a measure word further back
# past a verb of amounting; "الدين" alone is no debt (dev9 +1 pair); a
# definite cardinal after the people it counts (dev5 +1 kept, dev12 +1 pair);
# the Kurdistan Region holds its governorates (dev11 +1 pair).
# Round 13, last batches: time spent on works is a duration (dev8 22 -> 23
# groups, +3 kept); "ذي الأربعة عشر طابقاً" counts floors (dev11 19 -> 20);
# what happened to things "عدد" names before its "إلى", however far, and
# "فتكت" kills livestock (dev12 17 -> 18).
# Round 13: how much something changed ("تراجعا بنسبة 14,8 في المائة",
# "ارتفعت الأسعار بنسبة 12%") is percent:change: dev10 18 -> 19 groups,
# dev4, dev10, dev12 +1 kept; holdout11 (summary line) +1 claim.
# Round 14 (twelfth session), first batch: a period figure is the story's
# own when its article gives no plain figure of the field and another
# article's plain figure of the entity is within half again of it
# (recon._told_scope): dev11 20 -> 21, dev12 18 -> 19 groups.  (With only the
# entity's plain figures as the guard, holdout6 (summary line) lost a kept
# pair: dropped.)
# Round 14: dev13 (to be tuned on) and holdout12 (held out, never read: summary
# lines only) were written code-blind at the session's start; their floors
# are their first run on the session's start (fd7d3d3): dev13 13/38 groups,
# 32/86 pairs, 86/97 claims, 21 kept (1 broken pair pinned); holdout12 15/32,
# 44/81, 76/85, 28 kept (none broken).
# Round 14, second batch: women and girls counted and hurt ("أصيبت 62
# طالبة", "لقيت 3 نساء حتفهن"); cases "like those" take the kind of the
# figure before; a dual of a listed thing counts it, its construct names the
# two ("بمنطقتي طبربور وماركا"); a count of things between "عدد" and its
# "إلى" hides nothing; people still in care with no word of harm are
# injured:still; the article's own outlet name ("بوابة المنيا") is no place:
# dev13 13 -> 14 groups, +3 pairs, +4 claims, +4 kept; held out (summary
# lines) holdout4 13 -> 14 groups, +1 pair; holdout12 +1 claim.
# Round 14, third batch: people a disaster reaches are "affected" ("يؤثر
# على 1.2 مليون شخص", "يضرب"); "راح ضحيته" counts the dead: dev11 +1 pair,
# +2 claims, dev3 +1 kept, dev13 +1 claim; holdout2 (summary line) +1 kept.
# (A longer list of affected verbs, "تضرر", "طال", "يعاني", "المتضررين",
# with no tuned set behind it, cost holdout6 a group: dropped.)
# Round 14, fourth batch: "في البلاد" in an article whose body names no
# country is the country of its dateline ("الكويت - (كونا) --"): dev9 12 ->
# 13 groups.
# Round 14, fifth batch: a casualty figure a hospital or medical centre
# received goes to the place its sentence names before the hospital or past
# a cause of harm ("… جراء الانفجارات التي هزت مخزناً في منطقة الدافنية");
# the "من" of "أكثر من" is no departure: dev11 21 -> 22 groups, +1 kept (a
# pinned pair unpinned); dev13 35 -> 34 pairs, its pair floor LOWERED on that
# trade (a city's figure and its governorate's now differ by name).  (Without
# the cause-of-harm guard it cost holdout10 (summary line) a group: dropped.)
# Round 14, sixth batch: how long a lasting state has gone on, told by an
# ordinal ("لليوم الثالث على التوالي", "يدخل الإضراب يومه السادس"), is a
# duration:elapsed (recon._ordinal_days): dev13 +3 pairs, +2 claims, +1 kept;
# held out (summary line) holdout10 +2 claims, +2 kept.
# Round 14, seventh batch: a dateline the title and the first sentence never
# name, when they place the story at another place of its country, only says
# where the outlet filed from ("القاهرة – مصر الآن" over a crash in Mallawi):
# dev13 14 -> 15 groups, +2 pairs; held out (summary lines) holdout10 13 ->
# 14 groups, holdout4 +1 pair, holdout5 14 -> 13 pairs, its pair floor
# LOWERED on that trade.  (Read over the title and two body sentences it
# cost dev3 a group: a detail's region in the second sentence.)
# Round 14, eighth batch: how long a state has lasted so far grows by the
# day (duration:elapsed is time-varying: a later, longer figure updates):
# dev13 15 -> 16 groups.
# Round 14, ninth batch: a facility's short name in one document is the
# longer name another document gives it when exactly one facility name of
# the corpus, of the same noun, holds its words in order ("مدرسة الريان",
# "مدرسة بنات الريان الأساسية"): dev13 16 -> 17 groups, +2 pairs.
# Round 14, tenth batch: distances from two reference places told by
# different articles are two measures when their figures lie far apart (a
# city's distance from the capital beside the event's from a nearer town):
# dev2 20 -> 21, dev13 17 -> 18 groups, +1 kept (a pinned pair unpinned).
# (Split whatever the figures, it cost holdout2 (summary line) a group.)
# Round 14, eleventh batch: a clause opened by a relative pronoun that refers
# back to the time of the clause before ("…، التي بلغت خلالها المفرغات 45
# ألفا و100 طن") is dated by it: dev10 19 -> 20 groups, +1 kept (a pinned
# pair unpinned).
# Round 14, twelfth batch: a definite cardinal after a broken plural of
# people ("البحارة الخمسة") and the teens ("البحارة الاثنا عشر"): dev12 19 ->
# 20 groups, +2 pairs.
# Round 14, thirteenth batch: a dateline city the body names again only as
# the province named like it ("المنيا –", "بمحافظة المنيا") is named again:
# the story is not then the country's: dev13 18 -> 19 groups, +5 pairs.
# (Read the same way in the newsroom-dateline rule it cost dev9 two pairs.)
# Round 15 (thirteenth session): with one reference place read (not the
# claim's own place), distances with no reference read that lie FAR_APART
# from it are another measure (recon._told_references._apart_from_unread):
# dev7 19 -> 20 groups, +1 kept (a pinned pair unpinned).
# Round 15: dev14 (to be tuned on) and holdout13 (held out, never read:
# summary lines only) were written code-blind at the session's start; their
# floors are their first run on the session's start (7d583c8), the same on
# ffdb4dd: dev14 6/32 groups, 42/96 pairs, 83/92 claims, 20 kept (6 broken
# pairs pinned); holdout13 10/30, 43/71, 72/79, 27 kept (4 broken pinned).
# Round 15: the head of a construct never takes the article: "بالمدينة
# الجديدة علي منجلي" (the new city) is no "مدينة الجديدة" (El Jadida)
# (recon.gazetteer._article_differs, names of two words or more): dev14 6 ->
# 9 groups, +7 pairs; holdout8 15 -> 14 groups, its group floor LOWERED: two
# "المدينة …" readings of a city alias there are refused (counted, not read).
# The other direction (a bare "عقبة" is no "العقبة") cost dev14 two groups
# and holdout10 one: dropped.
# Round 15: the accusative of a feminine unit with its tanween alef
# ("ثلاثاً وعشرين طالبة" was read as 20): holdout6 16 -> 17 groups, +1 pair,
# +1 claim; holdout10 +1 pair, +1 claim (summary lines); dev14 +2 pairs,
# +1 claim.
# Round 15: a part that says who its people are is a claim without a verb
# ("بينها 19 طفلا"), and a whole may be named after a part and a verb of
# being ("تسعة عشر طفلا كانوا بين المصابين", "وكان 3 جنود من بين القتلى"):
# dev14 +1 pair, +2 claims; +1 kept in dev2, dev5, dev6, dev10, dev13 and
# (summary lines) holdout4, +2 in holdout6; dev13 19 -> 18 groups, 46 -> 44
# pairs, its floors LOWERED: the new parts are evidence the corroboration
# pass reads, and it now moves two outlets' per-injured compensation from
# the hospital to Mallawi while the third stays (the hospital is that
# event's recurring problem; see docs/evaluation.md, round 15).
# Round 15: sums in centimes (Algeria, Morocco) and millimes (Tunisia) are
# sums in their country's currency ("230 مليون سنتيم" is 2.3 million
# dirhams): holdout13 +1 pair, +1 claim (summary line).  NOT an independent
# measure: holdout13's writer's closing summary named its centimes figure,
# and I read that summary before making this rule.
# Round 15: a mountain pass road is a facility ("عقبة شعار", even after
# "طريق"); a preposition or the road's participle ("عقبة أمام", "الرابط بين")
# ends a facility's name; a royal title goes on into a place's name ("مدينة
# الأمير محمد"): dev14 9 -> 12 groups, +7 pairs (the pass; the rest moved
# no set).
# Round 15: cases "like those" take the kind of the article's last count of
# people from an earlier sentence too; a part sent on to a hospital is
# admitted ("تحويل 4 منهن إلى المركز الاستشفائي"): dev14 +2 claims, +2 kept.
# Round 15: an office in construct with its place ("مديرية صحة دير الزور")
# is no place of its own: dev14 12 -> 14 groups, +7 pairs.
# Round 15: an organisation reports, sends or pays: a count it gives is
# about the place its sentence or article names, not about it (its own
# staff, money and dates stay its own): dev9 13 -> 14 groups, +2 pairs;
# dev10 +1 pair.
# Round 15: what a plant does is no part of its short name ("محطة كهرباء
# الخور" is the one longer name that says nothing of it, "محطة الخور
# الشمالية"): dev12 20 -> 22 groups, +3 pairs.
# Round 15: a toll told in a clause after the one naming a hospital is not
# the hospital's; the injured who left care ("غادر 11 مصاباً المستشفى") are
# injured:discharged (without it the first rule broke one dev4 pair, which
# the hospital had kept apart by accident): holdout12 15 -> 16 groups, +1
# pair (summary line); no tuned set moved.
# Round 15: a place in a figure's own clause is nearer than a name or a
# subject before that clause ("…، و50 درجة في مدينة البوكمال"): dev14 14 ->
# 15 groups, +1 kept (a pinned pair unpinned).  (Read for anaphors too it
# added nothing on the tuned sets and cost holdout5 a pair: not done.  Nor
# for money, troops or dates: the unseen-article test caught a donor's
# money moved to the place it was collected for.)
# Round 15: the men of a force are personnel ("80 من رجال الدفاع المدني");
# people counted by their own noun after a force is named are not it
# ("أسعف أعوان الحماية المدنية 25 طالبة": first aid, the hurt); people taken
# to hospital right after their count are the hurt: dev14 15 -> 17 groups,
# +5 pairs, +1 claim; holdout13 44 -> 43 pairs, its pair floor LOWERED
# (summary line; the centimes pair above was not independent either).
# Round 15: a bare currency noun in an article with no known country and
# no main place of one is in the country most of its places are in: dev11
# +1 pair.
# Round 15: more offices of a province or ministry ("مديرية البيطرة"): dev6
# 22 -> 23 groups, +1 pair.
# Round 15, at the session's end: holdout14 (held out, never read: summary
# lines only; its writer replied with one line, its folder names were seen)
# was written code-blind and run once on the session's start (7d583c8) and
# once on its end (fca61b2): the same on both, 10/32 groups, 47/77 pairs,
# 73/83 claims, 28 kept (5 broken pairs pinned).  Those are its floors.
# Round 15, after it: a bare figure of people present counts persons, as a
# bare toll does ("وحضور أكثر من 7 آلاف من ذوي العرسان" had no unit, so it
# never compared with "نحو سبعة آلاف شخص"): dev14 17 -> 18 groups, +2 pairs.
# Round 15, last: multi1 (held out, never read: summary lines only; its
# writer replied with one line, its folder names were seen), the first set
# with TWO events of one kind, one country and one week per folder, sharing
# figures by coincidence.  First run on ecb1aaa: 24/49 groups, 40/65 pairs,
# 103/106 claims, 38 kept and 11 broken pairs (pinned): joins of two events'
# equal figures that one-event folders never measured.
# Session 14, at its start: two sets written code-blind by helpers who read
# nothing of recon, first run on 4f152ee.  multidev1 (to be tuned on; its
# writer's summary was read): two events of one kind per folder, as multi1,
# 17/46 groups, 32/79 pairs, 91/108 claims, 35 kept, 6 broken (pinned).
# holdout15 (held out, never read: summary lines only; its writer replied
# with one line, its folder names were seen): 10/30 groups, 23/69 pairs,
# 65/77 claims, 25 kept, 2 broken (pinned).  Those are their floors.
# Round 16: two towns of two first-level divisions (Jeddah and Dammam),
# neither article naming the other's division in its figures' sentences,
# are never one scene to the corroboration pass (recon._story_divisions):
# multidev1 +4 kept (6 -> 2 broken), +0 pairs, 17 -> 16 groups, its group
# floor LOWERED: the lost group (a 5-hour rail suspension) was right only
# because the other event's equal figures had joined it.  Held out after the
# choice (summary lines): multi1 +4 kept (11 -> 7 broken), nothing else moved.
# Round 16: things a verb of seizing took are counted ("ضبطت 1.2 مليون
# عبوة" is no arrest), currencies as their abbreviations ("900 مليون ل.ل."),
# masked men as people: multidev1 16 -> 19 groups, +3 pairs, +2 claims, +1
# kept.  Held out after the choice: nothing moved.
# Round 16: things a units.toml noun counts (جسر، عبوة …) with no verb in
# reach are counted ("وهو واحد من أربعة جسور"): multidev1 +1 group, +3
# pairs, +2 claims, +1 kept; held out after the choice (summary lines):
# holdout7 18 -> 19 groups, +4 pairs, +5 claims, +5 kept and 1 new broken
# pair (pinned, never read); holdout13 +2 kept.  Floors raised.
# Round 16: the hurt who left care and those still in it told as "N منهم"
# ("14 منهم غادروا المستشفيات", "ولا يزال 6 منهم", after a word naming the
# hurt: "إن المصابين راجعوا … وإن ستة منهم ما زالوا"), and one or two "of
# them" as a figure ("اثنين منهم"): dev10 +2 kept, multidev1 +1 claim, +1
# kept; held out after the choice: holdout3, holdout10 and holdout15 +1 kept
# each, holdout15 +1 claim.
# Round 16: others who left hospital ("فيما غادر 5 آخرون المستشفى") are
# discharged; people taken to the emergency ward ("إلى الطوارئ") are the
# hurt: dev5 +1 kept; held out after the choice: nothing moved.
# Round 16: a state said around a part "N منهم": leaving before it and care
# after it ("غادر 25 منهم المستشفى"), the state's word on both sides
# ("وحالة اثنين منهم حرجة"), "only two remain" ("لم يبق سوى اثنين منهم"):
# dev11 and dev12 +1 kept, multidev1 +1 claim; held out after the choice:
# holdout11, holdout12 and holdout15 +1 kept, holdout14 +1 claim.
# Round 16: people seized said after who they are ("تسعة عمال من جنسية
# آسيوية ضُبطوا"), and a country-level name lies in the one division its
# document names (so "6 hours" put at Saudi Arabia by a Jeddah article never
# joins Dammam's): multidev1 20 -> 21 groups, +4 pairs; held out after the
# choice: nothing moved.
# Round 16: one person told by a singular noun after a word of harm or
# arrest ("وفاة شخص وإصابة 12 آخرين", recon._implied_one): dev10 +1 kept,
# multidev1 21 -> 23 groups, +2 pairs, +1 claim; held out after the choice:
# holdout15 10 -> 11 groups, +6 pairs, +3 claims; holdout12 +1 pair, +1
# claim, +1 kept.
# Round 16: a verb of exceeding before what it measures ("تتجاوز قيمتها
# السوقية 4 ملايين") is a lower bound: multidev1 23 -> 24 groups (a value
# conflict that was none); held out after the choice: nothing moved.
# Round 16: a decade of someone's age is no date ("جثة بحار في الأربعينيات
# من عمره" dated the rescued to the 1940s): dev12 22 -> 23 groups, +1 pair;
# multidev1 +1 pair; held out after the choice: nothing moved.
# Session 14, at its end: holdout16 (held out, never read: summary lines
# only; its writer replied with one line, its folder names were seen) was
# written code-blind during the session and run once on its start (4f152ee)
# and once on its end (0b65484): the same on both, 13/34 groups, 51/81 pairs,
# 80/90 claims, 24 kept (2 broken pairs pinned).  Those are its floors.
# Round 16, after it: "نسمة" counts inhabitants, a field "population" of
# its own ("يبلغ عدد سكانها 130 ألف نسمة"), so a town's population is read
# and kept apart from the event's figures (separate pairs kept: dev2 26 -> 27, dev3 47 -> 48, holdout4 38 -> 39, dev4 41 -> 42, holdout5 41 -> 42, holdout6 39 -> 41, dev6 45 -> 48, holdout7 31 -> 34, dev8 47 -> 49, holdout8 36 -> 41, dev7 45 -> 46, dev13 28 -> 29, holdout12 30 -> 32, dev14 23 -> 25, holdout13 27 -> 29, holdout16 24 -> 25).  dev14
# 18 -> 17 groups and 73 -> 71 pairs, its floors LOWERED: a population claim
# of the governorate made it the name the corpus uses most, and the
# corroboration pass no longer moved two outlets' attendance to the stadium a
# third names (recon._story_corroborate's target is the most used name,
# whatever the field).  Held out after the choice: +14 kept, nothing lost.
# Round 16, last: people of a part counted by a nisba no lexicon lists
# ("بينهم 23 مصرياً", "من بينهم 4 جزائريين") are a part of their own,
# "<whole>:part:<nisba>": dev2 +3 kept, the studied holdout +1 claim; held
# out after the choice: nothing moved.
# Round 16, after it: people counted alive ("انتشال ثمانية بحارة أحياء",
# "على قيد الحياة") are rescued whatever the verb: dev12 23 -> 24 groups, +2
# pairs, events +1 kept; held out (measured with the tuned sets, after the
# choice): holdout9 13 -> 14 groups, +1 pair, +1 claim.
# Session 15, at its start: dev15 (to be tuned on; its writer's summary was
# read) written code-blind by a helper who read nothing of recon: four
# one-event folders (Port Sudan, Minya, Misrata, Fujairah).  First run on
# 72cccaa: 12/34 groups, 54/97 pairs, 86/96 claims, 30 kept, 2 broken
# (pinned).  Those are its floors.
# holdout17 (held out, never read: summary lines only; its writer replied
# with one line, its folder names were seen), written code-blind in the same
# session.  First run on 8c7b72f: 11/29 groups, 39/73 pairs, 70/77 claims,
# 25 kept, 3 broken (pinned).  Those are its floors.
# Round 17: a definite cardinal after a definite plural of things counts
# them ("الحاويات الثلاث", "الأبراج الأربعة عشر": units items, sound
# feminine plurals, [counted_forms] broken plurals), and a count of things
# among such a whole is its part ("تسعة أصناف من بين الأصناف السبعة عشر");
# a definite cardinal counts the plural that ends a part before it ("واحد
# من المصابين التسعة"); a verb of reaching after a person gives an age
# ("شاب يبلغ 23 عاماً"): dev13 18 -> 20 groups, +4 pairs; dev15 12 -> 14
# groups, +6 pairs, +4 claims; multidev1 +1 claim.  Held out after the
# choice (summary lines): holdout12 16 -> 17, holdout13 10 -> 11 and
# holdout14 10 -> 11 groups, +7 pairs, +4 claims, +1 kept; nothing lost.
# (A variant that also kept triggers from reading such figures as people
# gained dev15 one more group and cost holdout5 one claim: dropped.)
# Round 17: people vaccinated and people a campaign targets are fields of
# their own ("21 ألفاً و300 شخص تلقوا لقاح الإنفلونزا", "تستهدف الحملة نحو
# 90 ألف شخص"); what a verb of exceeding measures, inside the figure, names
# its field ("تجاوز عدد القتلى 21 شخصاً" had none): dev15 14 -> 15 groups,
# +1 pair, +4 claims, +3 kept.  Held out after the choice: holdout2 14 -> 15
# and holdout14 11 -> 12 groups, +2 pairs, +6 claims, +6 kept; nothing lost.
# Round 17: a definite figure after a plural of things counts those things
# whatever word follows it ("القوارب الخمسة سالمة"); a carriage and a
# warehouse are counted things of units.toml, so their duals are two
# ("انحراف عربتين", "داخل مستودعين"); things counted by any reading are
# items (so "رفع العربات الأربع" and "خروج 4 عربات" are one figure to the
# corroboration): dev15 15 -> 16 groups, multidev1 24 -> 25 groups, +5
# pairs, +4 claims.  Held out after the choice: nothing moved.  (The article
# on digits after a plural, "الحالات الـ81", gained dev13 one claim and cost
# holdout14 a group after the choice: dropped.)
# Round 17: a verb of exceeding a speed is a bound ("رياح تجاوزت سرعتها 60
# كيلومتراً في الساعة"): dev15 16 -> 17 groups; held out after the choice:
# nothing moved.
# Round 17, from a phrase table written code-blind (not committed; a dev
# aid): one more after those counted ("مقتل جنديين وإصابة ثالث", "وإصابة
# آخر"), "لقي" as a word of harm, a bracketed aside before the verb ("لقي
# شاب (23 عاماً) حتفه"), the dual of a feminine singular listed beside its
# lemma ("سيدتان"), the treated and those given first aid ("عولجت أربع حالات",
# "الإسعافات الأولية لـ40 شخصاً"), harm said after the people ("تعرض طفلان
# لحروق"); "أسرة" no capture ("أسر" dropped from the words of arrest), its
# members no force: dev14 17 -> 18 groups, +2 pairs, and its separate-pairs
# floor LOWERED 25 -> 24: first aid now reads "4 transferred" as the hurt,
# and the pair "4 hospitalised vs 4 km" of one article (the same value twice
# in one document) is scored broken (pinned).  Held out after the choice:
# holdout12 17 -> 18 groups, +2 pairs, +1 claim; nothing lost.
# Round 17: tickets and police reports are counted things ("حررت الشرطة 300
# مخالفة", which read 300 people set free), "كوادر" the plural of "كادر":
# dev15 17 -> 18 groups; held out after the choice: nothing moved.
# Round 17: the hurt still in care told by a still word before them ("ولا
# يزال أربعة من مصابي الحادث يتلقون العلاج"), those who left told by a noun
# of leaving ("بعد خروج 14 آخرين من مستشفى"): no tuned set moved; held out
# after the choice: holdout10 14 -> 15 and holdout12 18 -> 19 groups, +2
# pairs, nothing lost.
# Session 15, near its end: holdout18 (held out, never read: summary lines
# only; its writer replied with one line, its folder names were seen),
# written code-blind during the session and run once on its start (72cccaa)
# and once on 6f9acf9: the same on both, 14/31 groups, 48/71 pairs, 71/79
# claims, 32 kept, 3 broken (pinned).  Those are its floors.
# Round 17, last: a town of a governorate lies in its seat's name too, for
# the story's nesting ("المنيا" in one outlet, "ملوي" in another;
# recon._story.refine, from the gazetteer's seats): dev13 20 -> 22 and
# multidev1 25 -> 28 groups, +9 pairs, no broken pair.  Held out after the
# choice (summary lines): holdout11 11 -> 15 and holdout2 15 -> 16 groups,
# +6 pairs, and one new broken pair in holdout11 (pinned, never read), its
# separate-pairs floor LOWERED 36 -> 35: a trade taken (+5 groups against
# one pair), as round 8 took one.
# Session 16, at its start: dev16 (tuned on; its writer's summary was read)
# and holdout19 (held out, never read: summary lines only; its writer
# replied with one line, its folder names were seen), written code-blind by
# helpers who read nothing of recon, each run on the session's start
# (d4947df) and on c3ab3b2: the same on both.  dev16 16/28 groups, 48/65
# pairs, 66/73 claims, 27 kept, 3 broken (pinned); holdout19 17/31 groups,
# 37/65 pairs, 72/77 claims, 30 kept, 3 broken (pinned).  Those are their
# floors.
# Round 18: the day of an event told by a word that names it
# (fields.toml [date_events]: "تنطلق", "الحادث", "المداهمة", "سطو" …), a
# claim of its own that dates no figure differently and is no evidence of
# one scene: dev9 14 -> 15 groups (the control session's start), +3 pairs,
# +3 claims, optional date groups +4 (dev5, multidev1).  Held out after the
# choice: holdout11 +1 claim, nothing lost.
# Round 18, second batch: the Maghreb's quintal (100 kg), Tunisia's custody
# ("تم الاحتفاظ بـ3 أشخاص"), the remains of the dead ("112 رفاتاً، بينهم 11
# طفلاً"), and one unit of time told by its noun alone ("لمدة شهر", "نحو
# شهر"): dev16 16 -> 19 groups, +5 pairs, +4 claims, +2 kept; dev15 pairs
# LOWERED 65 -> 64 (a1's "لمدة أسبوع على الأقل", a stoppage to come, is now
# read and joins the fire's 14 hours as one duration), +1 kept.  Held out
# after the choice: holdout18 +1 kept (a pinned pair unpinned), nothing lost.
# Round 18, third batch: a month compares as 28 to 31 days and a year as 365
# or 366 (recon.units.Unit.spread), in the object pipeline and the fast path;
# the scorer's value check reads a month the same way (writers were asked for
# durations in days: "لمدة شهر" is their 30).  dev15 +1 pair, +1 claim and
# dev16 +1 group, all by the scorer's reading; held out after the choice:
# nothing moved.
# Round 18, fourth batch: an outlet named in a sentence is no place ("في
# تصريح لإذاعة عقبة أف أم", "لصحيفة الرياض"; recon._facilities and
# recon.entities_ar), and "موقع إذاعة X" is "إذاعة X" in its own text:
# dev16 20 -> 21 groups, +2 pairs; held out after the choice: nothing moved.
# Round 18, fifth batch: no one of a kind said in words is a figure of 0
# ("دون تسجيل إصابات", "لم يسفر الحادث عن أي إصابات"; recon._zero_figures),
# which keeps its sentence's place and takes no part in the story's passes;
# a date after another clause's relative pronoun dates its own clause.  No
# tuned set moved (phrases17 179 -> 183); held out after the choice:
# holdout16 +1 claim (phrases17b 169 -> 173).
# Round 18, sixth batch: shops and bakeries closed by an inspection are an
# item state said right before their count ("غلق 7 مخابز"): dev16 21 -> 22
# groups, +2 pairs; held out after the choice: nothing moved.  A violator
# held is a person ("ضبط 12 مخالفاً").
# Round 18, seventh batch: an approximate count of people or things stands
# for one more or fewer at least ("نحو 15 عاملاً" and "14 عاملاً" agree;
# recon.model, recon._columnar): dev16 22 -> 23 groups; held out after the
# choice: nothing moved.
# Round 18, eighth batch: people moved out of a building are evacuated
# ("جرى إخلاء 230 نزيلاً"; "إخلاء" as a trigger was dropped in round 13
# when it read a building's seven floors as people, which items now keep
# apart): dev11 22 -> 23 groups; held out after the choice: holdout16 +1
# pair, +3 claims, holdout18 +1 kept.  People held ("احتجزوا 6 أشخاص"):
# multidev1 +1 claim.
# Round 18, ninth batch: digits after an ordinal are a figure ("خلال
# الأسبوع الأول 21 ألف شخص" had none; a number word after one still goes on
# with it): dev15 +1 pair, dev7 +2 kept (-1 optional group), dev13 pairs
# LOWERED 53 -> 52 (Aden's 14 ships moved by the story); measured on every
# set at once, held out included: holdout5 9 -> 10 groups, +1 pair.
# Round 16, last: one body told by "جثة"/"جثمان" and a singular noun
# ("وجثة بحار") is one dead: dev12 24 -> 25 groups, +2 pairs, +1 claim; held
# out after the choice: nothing moved.
MIN_GROUPS_RIGHT = {"holdout19": 17 / 31, "dev16": 23 / 28, "holdout18": 14 / 31, "holdout17": 11 / 29, "dev15": 18 / 34, "holdout16": 13 / 34, "holdout15": 11 / 30, "multidev1": 28 / 46, "multi1": 24 / 49, "holdout14": 12 / 32, "dev14": 18 / 32, "holdout13": 11 / 30, "dev13": 22 / 38, "holdout12": 19 / 32, "dev12": 25 / 34, "holdout11": 15 / 33, "dev11": 23 / 38, "holdout10": 15 / 34, "dev10": 20 / 24, "dev9": 15 / 24, "holdout9": 14 / 24, "dev7": 20 / 24, "holdout8": 14 / 24, "dev8": 23 / 24, "holdout7": 19 / 24, "dev6": 23 / 24, "holdout6": 17 / 24, "dev5": 20 / 24, "holdout5": 10 / 20, "dev4": 17 / 21, "holdout4": 14 / 21, "dev3": 16 / 18, "dev2": 21 / 24, "events": 25 / 25, "dev": 16 / 16, "holdout": 14 / 21, "holdout2": 16 / 22, "holdout3": 15 / 24}
MIN_CLAIMS_FOUND = {"holdout19": 72 / 77, "dev16": 72 / 73, "holdout18": 71 / 79, "holdout17": 70 / 77, "dev15": 95 / 96, "holdout16": 84 / 90, "holdout15": 69 / 77, "multidev1": 104 / 108, "multi1": 103 / 106, "holdout14": 77 / 83, "dev14": 89 / 92, "holdout13": 75 / 79, "dev13": 93 / 97, "holdout12": 80 / 85, "dev12": 80 / 82, "holdout11": 69 / 74, "dev11": 85 / 86, "holdout10": 73 / 79, "dev10": 59 / 59, "dev9": 58 / 60, "holdout9": 52 / 57, "dev7": 51 / 52, "holdout8": 52 / 53, "dev8": 52 / 52, "holdout7": 49 / 52, "dev6": 51 / 51, "holdout6": 52 / 53, "dev5": 51 / 52, "holdout5": 43 / 44, "dev4": 48 / 48, "holdout4": 47 / 47, "dev3": 44 / 44, "dev2": 54 / 54, "events": 74 / 74, "dev": 44 / 44, "holdout": 56 / 56, "holdout2": 51 / 51, "holdout3": 52 / 57}
# Pair-level: of the pairs of expected claims that should share a group, the
# share that do ("together pairs joined"), and of the separate pairs, how many
# are kept apart.  These show partial progress on a group that is not yet
# right as a whole.  Holdout pair figures measured before any rule of the
# generalisation round (commit 14aecd7): 6/50 pairs joined, 14 separate pairs
# kept; the floors below are the end-of-round measurement.
MIN_PAIRS_JOINED = {"holdout19": 37 / 65, "dev16": 58 / 65, "holdout18": 48 / 71, "holdout17": 39 / 73, "dev15": 66 / 97, "holdout16": 52 / 81, "holdout15": 29 / 69, "multidev1": 54 / 79, "multi1": 40 / 65, "holdout14": 51 / 77, "dev14": 73 / 96, "holdout13": 45 / 71, "dev13": 52 / 86, "holdout12": 51 / 81, "dev12": 57 / 62, "holdout11": 27 / 49, "dev11": 40 / 58, "holdout10": 33 / 56, "dev10": 41 / 46, "dev9": 37 / 48, "holdout9": 29 / 42, "dev7": 28 / 32, "holdout8": 27 / 34, "dev8": 32 / 32, "holdout7": 25 / 32, "dev6": 28 / 30, "holdout6": 29 / 34, "dev5": 29 / 32, "holdout5": 14 / 28, "dev4": 32 / 33, "holdout4": 23 / 31, "dev3": 32 / 34, "dev2": 32 / 36, "events": 81 / 81, "dev": 40 / 40, "holdout": 33 / 50, "holdout2": 31 / 36, "holdout3": 33 / 43}
MIN_SEPARATES_KEPT = {"holdout19": 30, "dev16": 29, "holdout18": 34, "holdout17": 25, "dev15": 34, "holdout16": 25, "holdout15": 27, "multidev1": 42, "multi1": 42, "holdout14": 29, "dev14": 24, "holdout13": 30, "dev13": 29, "holdout12": 32, "dev12": 35, "holdout11": 35, "dev11": 33, "holdout10": 38, "dev10": 33, "dev9": 28, "holdout9": 33, "dev7": 48, "holdout8": 41, "dev8": 49, "holdout7": 34, "dev6": 48, "holdout6": 41, "dev5": 39, "holdout5": 43, "dev4": 42, "holdout4": 39, "dev3": 48, "dev2": 30, "events": 32, "dev": 21, "holdout": 21, "holdout2": 28, "holdout3": 30}

# Separate pairs the current code puts in one group, each analysed in
# docs/evaluation.md.  Any other pair sharing a group fails the test; a pair
# listed here that is kept again is reported, so the list can shrink.
# Keyed by event folder name (unique across the sets).  The holdout pair
# below was broken on the first run and still is; the three others broken then
# are kept since the generalisation round.
KNOWN_BROKEN_SEPARATES: dict[str, set[str]] = {
    # dev7: first run (code of f9e7f32; the same on 6696d33): dev7 is tuned on, analysed in docs/evaluation.md, round 11
    # dev8: first run (code of f9e7f32; the same on 6696d33): dev8 is tuned on, analysed in docs/evaluation.md, round 11
    "wells_seiyun": {
        "the old distribution network's 60 km are not the new transmission line",
    },
    # holdout8: first run (code of f9e7f32; the same on 6696d33, the session's start): pinned by a script, not read
    "ramadanbasket_constantine": {
        "the association's own 200 volunteers are not the operation's 600",
    },
    # holdout8: first run (code of f9e7f32; the same on 6696d33, the session's start): pinned by a script, not read
    "octopus_nouadhibou": {
        "the fisheries' yearly potential (about 1.5 million tonnes) is not the octopus catch",
    },
    # holdout8: first run (code of f9e7f32; the same on 6696d33, the session's start): pinned by a script, not read
    "finesdiscount_rak": {
        "last year's campaign's 18640 fines settled are not this initiative's first-week count",
    },
    # holdout8: first run (code of f9e7f32; the same on 6696d33, the session's start): pinned by a script, not read
    "bookfair_doha": {
        "the previous edition's 43 countries are not this edition's countries",
        "last year's sales (about 17 million riyals) are not the publishers' estimate of this year's sales",
    },
    # holdout5: round 10 (people counted by their trade, second step): pinned by a script, not read
    "portstrike_nouakchott": {
        "the about 4 thousand registered dockers are not the strikers (about 3 thousand, union)",
    },
    # holdout7, first run (code of 232ea70; on beb6be8, before round 10: 9/24 groups,
    # 13/32 pairs, 16 kept, 6 broken): pinned by a script, not read or analysed.
    "counterfeit_damietta": {
        "the declared customs value (85 thousand dollars) is not the market value",
    },
    # dev6, first run (code of fd04cea): pinned as found; a dev set, to be worked from.
    # holdout6, first run: pinned by a script, not read or analysed.
    "returnees_portsudan": {
        "the second convoy's 60 buses are not the first convoy's 42",
    },
    "tourism_sharm": {
        # round 10 (people counted by their trade): pinned by a script, not read
        "the 100 thousand tourists expected by 7 January are not the 51 thousand arrived",
    },
    # dev5, first run (code of commit 33ccb8f; 6/24 groups, 11/32 pairs, 25 kept,
    # 7 broken on 3e4d525, before round 9): pinned as found; a dev set, to be worked from.
    "fuelprotest_kasserine": {
        "the stalled projects' cost (more than 400 million dinars) is not the government's allocation",
    },
    # holdout5, first run (code of commit 83524c1; the same figures on 3e4d525):
    # pinned by a script, not read or analysed.
    "oxygen_tripoli": {
        "the 40 hospitals the supplier serves are not the country's 33 public hospitals",
    },
    "wheat_sohag": {
        "the 14 villages the yard serves are not the 3 villages under investigation",
        "the about 9 thousand tonnes the yard received this season are not the shortfall (5700)",
    },
    # dev4, first run (commit 3e4d525): pinned as found; a dev set, to be worked from.
    # dev3, first run (commit 46581aa): pinned as found; a dev set, to be worked from.
    # Round 6 keeps four of them (parts named "بين القتلى / من بين المصابين";
    # an earlier strike told with "سبق ل… أن"); round 8 two more (Ad-Dueim in
    # the gazetteer, "قرب" a place preposition), and one of holdout4's.
    # holdout4, first run (code of commit dc375f4): pinned as found, not read or analysed.
    "landslide_mahwit": {
        "the 17 partly damaged houses are not the 23 buried",
        "the seven bodies recovered since Tuesday evening are a part of the toll, not the toll (16)",
    },
    "tanker_fujairah": {
        "the coastline reached by the oil (13 km) is not the distance of the collision"
        " offshore (about 18 km)",
        "the tanker's capacity (about 300 thousand tonnes) is not the oil spilled"
        " (about 350 tonnes)",
    },
    # holdout3, first run (commit 45127c0): pinned as found, not analysed.
    "heatwave_basra": {"the 4 outdoor workers among the dead are a part, not the toll (6)"},
    "locusts_jazan": {"one farmer's 12-hectare farm is not the area treated (18 thousand 500 ha)"},
    "gas_eulma": {
        "the 9 carbon-monoxide deaths nationwide from 1 to 13 January are not this"
        " explosion's 9 dead (Anadolu)",
    },
    # holdout9, first run (tenth session, code of commit a81c503): pinned by a script, not read or analysed.
    "flashflood_ibri": {
        "30-hour search for the missing vs the 4-hour initial rescue operation.",
    },
    "goldmine_river_nile": {
        "Local price of a gram of gold vs compensation per family.",
    },
    # dev9, first run (tenth session, code of commit 153c066): pinned as found, not yet analysed (no rule was made on dev9).
    "microbus_canal_minya": {
        "Social Solidarity ministry payment vs the governor's compensation (different payers)",
        "dead in the earlier Matay accident (another town) vs this accident's toll",
        "this accident's dead vs dead in the March 2024 accident at the same canal",
    },
    "power_cut_kuwait": {
        "units down at Az-Zour South vs units under maintenance at Subiya (another station)",
    },
    # dev10, first run (tenth session, code of commit 56db999): pinned as found, not yet analysed (no rule was made on dev10).
    "gas_blast_beirut": {
        "'الطبقة الثالثة' is a floor number, not the death toll of three",
    },
    # dev11 and holdout10: first run (eleventh session, code of commit 601c9c3): pinned by a script, not read (holdout10 is held out; dev11 is to be tuned on).
    # dev11 and holdout10: first run (eleventh session, code of commit 601c9c3): pinned by a script, not read (holdout10 is held out; dev11 is to be tuned on).
    "hotelfire_juffair": {
        "Three accused remanded vs. three dead: same number, different things.",
        "Two in critical condition (a2) vs. two staff held by police (a2).",
    },
    # dev11 and holdout10: first run (eleventh session, code of commit 601c9c3): pinned by a script, not read (holdout10 is held out; dev11 is to be tuned on).
    "camelrace_tamanrasset": {
        "Civil Protection ambulances vs. all ambulances including Red Crescent.",
        "Distance of the track from town vs. race distance.",
    },
    # dev11 and holdout10: first run (eleventh session, code of commit 601c9c3): pinned by a script, not read (holdout10 is held out; dev11 is to be tuned on).
    "sandstorm_ahsa": {
        "Breathing cases treated on site vs. injured transported.",
        "Closed stretch vs. full length of the road.",
        "One family's time stuck vs. the closure duration.",
    },
    # dev11 and holdout10: first run (eleventh session, code of commit 601c9c3): pinned by a script, not read (holdout10 is held out; dev11 is to be tuned on).
    "textile_strike_kafrdawwar": {
        "Total workforce vs. number on strike.",
    },
    # round 13: dotted thousands in the Maghreb's press (45.100 طن) read both landings of 2024, told apart from 2025's only by period (pinned as found).
    "sardine_agadir": {
        "92,000 t is the whole of 2024, 45,100 t only its first half",
    },
    # dev12 and holdout11: first run (eleventh session, code of commit 601c9c3; the same on f1f02e1): pinned by a script, not read (holdout11 is held out; dev12 is to be tuned on).
    "anthrax_cattle_eastdarfur": {
        "900,000 SDG was the price of a cow before the outbreak, 600,000 after.",
    },
    # dev12 and holdout11: first run (eleventh session, code of commit 601c9c3; the same on f1f02e1): pinned by a script, not read (holdout11 is held out; dev12 is to be tuned on).
    "budget_dispute_baalbek": {
        "185bn LBP was the 2025 budget, not the 2026 draft.",
    },
    # dev12 and holdout11: first run (eleventh session, code of commit 601c9c3; the same on f1f02e1): pinned by a script, not read (holdout11 is held out; dev12 is to be tuned on).
    # dev12 and holdout11: first run (eleventh session, code of commit 601c9c3; the same on f1f02e1): pinned by a script, not read (holdout11 is held out; dev12 is to be tuned on).
    "dubas_palms_rustaq": {
        "Farms covered so far vs. farms with infestation",
    },
    "e2_asir_shaar_landslide": {  # dev14: first run (code of 7d583c8; the same on ffdb4dd): tuned on, analysed in docs/evaluation.md, round 15
        "rainfall in Abha vs rainfall in Al-Soudah (mm)",
        "rock that fell vs rock already removed",
        "search duration vs road closure duration (hours)",
    },
    "e3_deirezzor_heatwave": {  # dev14: first run (code of 7d583c8; the same on ffdb4dd): tuned on, analysed in docs/evaluation.md, round 15
        "office closure (2 days) vs daily hours of electricity cut (4 hours)",
    },
    "e4_zarqa_mass_wedding": {  # dev14: first run (code of 7d583c8; the same on ffdb4dd): tuned on, analysed in docs/evaluation.md, round 15
        "cash grant vs furniture value",
    },
    "anbar_canal_bridge_collapse": {  # holdout13: first run (code of 7d583c8; the same on ffdb4dd): held out, never read
        "dead vs canal depth in metres",
    },
    "doha_runway_excursion": {  # holdout13: first run (code of 7d583c8; the same on ffdb4dd): held out, never read
        "diverted flights vs the injured child's age (both 4)",
        "runway length vs airport's distance from central Doha",
    },
    "mogadishu_hospital_strike": {  # holdout13: first run (code of 7d583c8; the same on ffdb4dd): held out, never read
        "total arrears vs the immediate first instalment",
    },
    "damietta_silo_explosion": {  # holdout14: first run (code of 7d583c8 and of fca61b2, the same): held out, never read
        "total injured vs those taken to one hospital",
    },
    "fujairah_ship_grounding": {  # holdout14: first run (code of 7d583c8 and of fca61b2, the same): held out, never read
        "cargo carried vs the ship's registered gross tonnage",
        "distance from shore vs the 2 km exclusion zone",
        "fuel on board vs fuel pumped off",
    },
    "sfax_port_fire": {  # holdout14: first run (code of 7d583c8 and of fca61b2, the same): held out, never read
        "partially damaged boats vs totally destroyed boats",
    },
    "egypt_train_derailments": {  # multi1: first run (code of ecb1aaa): held out, never read
        "2021 Tahta collision deaths (18) vs this event's 18 injured",
        "discharged (14) and under observation (5) are subsets, not the total 19",
        "event 1 passengers (500+) vs event 2 passengers (about 600)",
    },
    "morocco_chira_seizures": {  # multi1: first run (code of ecb1aaa): held out, never read
        "coincidence: 3 vehicles seized at Tanger Med vs 3 four-wheel-drives at Larache",
        "coincidence: 4 arrested at Tanger Med vs 4 first arrested at Larache",
        "coincidence: four arrested, event 1 vs event 2 (words)",
        "coincidence: three vehicles, event 1 vs event 2 (words)",
    },
    "tn_train_crossings_medjez_eljem": {  # first run (code of 4f152ee)
        "Coincidence: A's 23 injured (words) vs B's updated 23 injured.",
        "Coincidence: A's 5-hour suspension vs B's 5-hour suspension.",
    },
    "misrata_ship_grounding": {  # first run (code of 4f152ee): held out, never read
        "days waiting to berth before grounding vs the third day of refloating attempts",
    },
    "tabuk_cash_seizure": {  # first run (code of 4f152ee): held out, never read
        "riyals seized vs the maximum fine under the anti-money-laundering law",
    },
    "strike_sfax": {  # round 16 (things counted with no verb): held out, never read
        "the 140 operations postponed by the January 2024 strike are not this strike's first-day count",
    },
    "agadir_bread_protest": {  # first run (code of 4f152ee and of 0b65484, the same): held out, never read
        "injured police vs injured protesters",
        "total arrested vs those newly arrested on Sunday",
    },
    "minya_storm_power_towers": {  # dev15 first run on 72cccaa
        "dead in Minya vs towers down in Assiut",
        "villages without power vs distance of Abu Girg from Minya city",
    },
    "gabes_gas_emission": {  # holdout17 first run on 8c7b72f (held out, never read)
        "cases under observation vs ammonia multiple of the limit (same value)",
    },
    "hail_rock_art_find": {  # holdout17 first run on 8c7b72f (held out, never read)
        "age in years vs registered sites nationally (same number)",
    },
    "tripoli_tanker_fire": {  # holdout17 first run on 8c7b72f (held out, never read)
        "injured still in hospital vs cars burned (same value, different things)",
    },
    "e1_constantine_dorm_fire": {  # round 17: the same value twice in one document (a3's 4 hospitalised and 4 km), a scoring artifact of first aid read as the hurt
        "students hospitalised vs distance of the nearest unit (both '4')",
    },
    "batna_cereal_harvest": {  # holdout18 first run on 72cccaa, the same on 6f9acf9 (held out, never read)
        "quantity already collected vs revised output estimate",
    },
    "homs_water_main_burst": {  # holdout18 first run on 72cccaa, the same on 6f9acf9 (held out, never read)
        "water distributed by tankers vs water lost",
    },
    "phosphate_rail_strike_gafsa": {  # round 17: a town of a governorate lies in its seat's name (held out, never read; accepted as a trade: +4 groups here)
        "Broken locomotives to be rehabilitated vs. operational ones",
    },
    "mosul_mass_grave": {  # first run on d4947df, the same on c3ab3b2
        "team size (persons) vs distance from Mosul (km), same number",
    },
    "sidon_mosque_roof": {  # first run on d4947df, the same on c3ab3b2
        "updated death toll vs people detained (contractor and two assistants)",
    },
    "tabuk_sandstorm": {  # first run on d4947df, the same on c3ab3b2
        "road closure duration vs the hours one driver was stuck",
    },
    "jordan_irbid_warehouse": {  # holdout19 first run on d4947df, the same on c3ab3b2 (held out, never read)
        "rescue vehicles vs injured (same number)",
    },
    "morocco_marrakesh_scorpion": {  # holdout19 first run on d4947df, the same on c3ab3b2 (held out, never read)
        "douar-to-hospital distance vs Kelaa-Marrakesh distance",
    },
    "qatar_north_greenhouses": {  # holdout19 first run on d4947df, the same on c3ab3b2 (held out, never read)
        "hailstone diameter (cm) vs injured workers",
    },
}


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(1.0, abs(b))


def _num(x: Any) -> float | None:
    try:
        return float(x)
    except (TypeError, ValueError):
        return None


def _scale(rec: dict[str, Any], want_unit: str | None) -> float:
    """The factor taking the record's figure into ``want_unit``: expected
    values are in base units (300 m is written 0.3 km), recon keeps the
    unit the article used.  1 when either unit is missing, unknown or of
    another dimension (a currency is never converted)."""
    have = rec.get("unit")
    if not want_unit or not have or have == want_unit:
        return 1.0
    try:
        if not comparable(have, want_unit):
            return 1.0
        return to_base(1.0, have) / to_base(1.0, want_unit)
    except recon.UnitError:
        return 1.0


def _same_value(rec: dict[str, Any], want: Any, want_unit: str | None = None) -> bool:
    if isinstance(want, str):
        return str(rec.get("value"))[:10] == want
    k = _scale(rec, want_unit)
    if isinstance(want, list):
        lo, hi = _num(rec.get("low")), _num(rec.get("high"))
        return (
            lo is not None
            and hi is not None
            and _close(lo * k, want[0])
            and _close(hi * k, want[1])
        )
    v = _num(rec.get("value"))
    return v is not None and (_close(v * k, float(want)) or _within_spread(rec, v, want, want_unit))


def _within_spread(rec: dict[str, Any], v: float, want: Any, want_unit: str | None) -> bool:
    """Whether a figure in a unit of uneven size (a month: 28 to 31 days)
    stands for the expected value: writers were asked for durations in days,
    and "لمدة شهر" is 30 days to them (recon.units.Unit.spread)."""
    have = rec.get("unit")
    if not want_unit or not have or have == want_unit:
        return False
    try:
        u, w = recon.units.unit(have), recon.units.unit(want_unit)
    except recon.UnitError:
        return False
    if u.spread is None or u.dimension != w.dimension:
        return False
    x = float(want) * w.factor
    return v * u.low_factor <= x <= v * u.high_factor


@dataclass
class GroupResult:
    name: str
    optional: bool
    want: str
    got: str  # a status, "split" (claims in different groups) or "missing"
    ok: bool
    why: str


@dataclass
class EventScore:
    event: str
    groups: list[GroupResult] = field(default_factory=list)
    claims_found: int = 0
    claims_total: int = 0
    separates_kept: int = 0
    separates_broken: dict[str, str] = field(default_factory=dict)  # why -> shared group
    separates_vacuous: list[str] = field(default_factory=list)
    # Pairs of claims of one required group that share a record group: partial
    # progress on a group that is not yet right as a whole.
    pairs_joined: int = 0
    pairs_total: int = 0

    @property
    def required(self) -> list[GroupResult]:
        return [g for g in self.groups if not g.optional]


def _describe(recs: list[dict[str, Any]]) -> str:
    return "; ".join(
        f"{r['field']}/{r['entity']!s:.24}/{r['qualifier']}/{r['status']}/{r['group']}"
        for r in recs
    )


@functools.cache
def score(set_name: str, event: str) -> EventScore:
    """Reconcile one event folder and score it against its expected.json."""
    folder = DATA_DIR / set_name / event
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    report = recon.reconcile(recon.load_corpus(folder))
    recs = report.to_records()
    by_group: dict[str, list[dict[str, Any]]] = {}
    for r in recs:
        by_group.setdefault(r["group"], []).append(r)

    def cands(claim: dict[str, Any]) -> list[dict[str, Any]]:
        doc, value, unit = claim["doc"], claim["value"], claim.get("unit")
        return [r for r in recs if r["doc"] == doc and _same_value(r, value, unit)]

    out = EventScore(event)
    for g in exp["groups"]:
        opt = bool(g.get("optional", False))
        sets = [cands(c) for c in g["claims"]]
        if not opt:
            out.claims_total += len(sets)
            out.claims_found += sum(1 for s in sets if s)
            gsets = [{r["group"] for r in s} for s in sets]
            for i, j in itertools.combinations(range(len(gsets)), 2):
                out.pairs_total += 1
                out.pairs_joined += bool(gsets[i] & gsets[j])
        want = g["verdict"]
        if not all(sets):
            lost = [
                f"{c['doc']}={c['value']}" for c, s in zip(g["claims"], sets, strict=True) if not s
            ]
            out.groups.append(
                GroupResult(g["name"], opt, want, "missing", False, "not found: " + ", ".join(lost))
            )
            continue
        common = set.intersection(*[{r["group"] for r in s} for s in sets])
        if not common:
            where = " | ".join(
                f"{c['doc']}={c['value']}: {_describe(s)}"
                for c, s in zip(g["claims"], sets, strict=True)
            )
            out.groups.append(
                GroupResult(g["name"], opt, want, "split", False, "not in one group: " + where)
            )
            continue
        gid = sorted(common)[0]
        got = by_group[gid][0]["status"]
        ok = got == want or (want == "conflict_or_update" and got in ("conflict", "update"))
        why = "ok" if ok else f"status {got}, want {want} ({by_group[gid][0]['field']})"
        out.groups.append(GroupResult(g["name"], opt, want, got, ok, why))

    for s in exp["separate"]:
        ga = {r["group"] for r in cands(s["a"])}
        gb = {r["group"] for r in cands(s["b"])}
        if ga & gb:
            shared = [r for r in recs if r["group"] in ga & gb][:1]
            out.separates_broken[s["why"]] = _describe(shared)
        elif not ga or not gb:
            out.separates_vacuous.append(s["why"])
        else:
            out.separates_kept += 1
    return out


def _table(scores: list[EventScore]) -> str:
    head = (
        "event",
        "groups right",
        "pairs joined",
        "claims found",
        "sep. kept",
        "broken",
        "unchecked",
        "optional",
    )
    rows = [head]
    for s in scores:
        req = s.required
        opt = [g for g in s.groups if g.optional]
        nsep = s.separates_kept + len(s.separates_broken) + len(s.separates_vacuous)
        rows.append(
            (
                s.event,
                f"{sum(g.ok for g in req)}/{len(req)}",
                f"{s.pairs_joined}/{s.pairs_total}",
                f"{s.claims_found}/{s.claims_total}",
                f"{s.separates_kept}/{nsep}",
                str(len(s.separates_broken)),
                str(len(s.separates_vacuous)),
                f"{sum(g.ok for g in opt)}/{len(opt)}",
            )
        )
    req_all = [g for s in scores for g in s.required]
    rows.append(
        (
            "all",
            f"{sum(g.ok for g in req_all)}/{len(req_all)}",
            f"{sum(s.pairs_joined for s in scores)}/{sum(s.pairs_total for s in scores)}",
            f"{sum(s.claims_found for s in scores)}/{sum(s.claims_total for s in scores)}",
            f"{sum(s.separates_kept for s in scores)}/"
            + str(
                sum(
                    s.separates_kept + len(s.separates_broken) + len(s.separates_vacuous)
                    for s in scores
                )
            ),
            str(sum(len(s.separates_broken) for s in scores)),
            str(sum(len(s.separates_vacuous) for s in scores)),
            f"{sum(g.ok for s in scores for g in s.groups if g.optional)}/"
            + str(sum(g.optional for s in scores for g in s.groups)),
        )
    )
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [" | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    conf = Counter((g.want, g.got) for s in scores for g in s.required)
    lines.append("verdict confusion (expected -> got: count):")
    for (w, gt), n in sorted(conf.items()):
        lines.append(f"  {w:>18} -> {gt:<9} {n}")
    lines.append("misses:")
    for s in scores:
        for g in s.groups:
            if not g.ok:
                lines.append(
                    f"  [{s.event}] {g.name}{' (optional)' if g.optional else ''}: {g.why}"
                )
        for why, shared in s.separates_broken.items():
            lines.append(f"  [{s.event}] SEPARATE BROKEN: {why} (shared group: {shared})")
        for v in s.separates_vacuous:
            lines.append(f"  [{s.event}] separate not checkable (a figure not extracted): {v}")
    return "\n".join(lines)


@pytest.mark.parametrize(("set_name", "event"), CASES)
def test_event_files_are_consistent(set_name: str, event: str) -> None:
    """Every expected claim names a document of the event and quotes its text."""
    folder = DATA_DIR / set_name / event
    sources = json.loads((folder / "sources.json").read_text(encoding="utf-8"))
    ids = {s["id"] for s in sources}
    assert ids == {p.stem for p in folder.glob("*.txt")}
    for s in sources:
        assert set(s) >= {"id", "outlet", "published", "language"}
    texts = {i: normalise_key((folder / f"{i}.txt").read_text(encoding="utf-8")) for i in ids}
    for i, t in texts.items():
        words = len(t.split())
        assert 150 <= words <= 600, (i, words)  # 150–350 words, twice for a repeated body
    exp = json.loads((folder / "expected.json").read_text(encoding="utf-8"))
    for g in exp["groups"]:
        assert g["verdict"] in VERDICTS, g["name"]
        assert len({c["doc"] for c in g["claims"]}) >= 2, g["name"]
        for c in g["claims"]:
            assert c["doc"] in ids, (g["name"], c["doc"])
            assert normalise_key(c["quote"]) in texts[c["doc"]], (g["name"], c["quote"])
    for s in exp["separate"]:
        assert s["a"]["doc"] in ids and s["b"]["doc"] in ids, s["why"]
    assert KNOWN_BROKEN_SEPARATES.get(event, set()) <= {s["why"] for s in exp["separate"]}


@pytest.mark.parametrize(("set_name", "event"), CASES)
def test_event_keeps_separate_things_apart(set_name: str, event: str) -> None:
    """No figure of one thing shares a group with another thing's figure."""
    s = score(set_name, event)
    known = KNOWN_BROKEN_SEPARATES.get(event, set())
    new = {why: g for why, g in s.separates_broken.items() if why not in known}
    assert not new, new
    for k in sorted(known - set(s.separates_broken)):
        print(f"\n[{event}] known-broken separate now kept, remove it from the list: {k}")


@pytest.mark.parametrize("set_name", SETS)
def test_event_corpora_scores(set_name: str) -> None:
    """Overall floors per set, with the per-event table and every miss printed."""
    scores = [score(set_name, e) for e in EVENTS[set_name]]
    print(f"\n[{set_name}]\n" + _table(scores))
    req = [g for s in scores for g in s.required]
    right = sum(g.ok for g in req) / len(req)
    found = sum(s.claims_found for s in scores) / sum(s.claims_total for s in scores)
    joined = sum(s.pairs_joined for s in scores) / max(1, sum(s.pairs_total for s in scores))
    kept = sum(s.separates_kept for s in scores)
    print(
        f"overall ({set_name}): groups right {right:.0%}, pairs joined {joined:.0%},"
        f" claims found {found:.0%}, separate pairs kept {kept}"
    )
    assert len(scores) >= MIN_EVENTS[set_name]
    assert joined >= MIN_PAIRS_JOINED[set_name] - 1e-9
    assert kept >= MIN_SEPARATES_KEPT[set_name]
    assert found >= MIN_CLAIMS_FOUND[set_name] - 1e-9
    assert right >= MIN_GROUPS_RIGHT[set_name] - 1e-9


def test_scorer_compares_figures_in_the_expected_unit() -> None:
    """Expected values are in base units; a record keeps the article's unit."""
    metres = {"value": 300, "unit": "m", "low": 300, "high": 300}
    assert _same_value(metres, 0.3, "km")
    assert not _same_value(metres, 300, "km")
    assert _same_value(metres, 300)  # no unit given: as written
    hours = {"value": 36, "unit": "hour", "low": 24, "high": 48}
    assert _same_value(hours, 1.5, "day")
    assert _same_value(hours, [1, 2], "day")
    riyals = {"value": 400, "unit": "SAR"}
    assert not _same_value(riyals, 400 / 3.75, "USD")  # currencies are never converted
    assert _same_value(riyals, 400, "USD")
    assert _same_value({"value": 5, "unit": "furlong"}, 5, "km")  # unknown unit: as written
