"""Normalisation of gold and predicted events to comparable tuples (the first step of scoring).

Every gold set speaks its own dialect: PLOVER 0.5 names (``DEMAND``, ``FIGHT``), CAMEO event codes,
CAMEO composite actor codes (``USAMIL``, ``IGOUNOMIL``, ``---REB``), old country slips (``JAP``),
PLOVER sector suffixes (``CVLalb``). This module turns all of them, and the coder's own
:class:`~mirrorwatch.records.Event`, into one :class:`Tup` per directed event, as fixed in
``EVALUATION.md`` ("Unit and normalisation"). The gold loaders (:mod:`.gold`) and the scorer
(:mod:`.metrics`) only ever compare :class:`Tup` objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import product

from ..ontology import PLOVER_QUAD, PLOVER_TYPES, goldstein, plover_for_cameo, quad_class
from ..records import Event

__all__ = [
    "NON_STATE",
    "Tup",
    "actor_code",
    "country",
    "dedupe",
    "expand",
    "generic_igo",
    "harmonise_igo",
    "is_state",
    "label_to_plover",
    "pred_tuple",
    "sector",
]

#: Code slips in old gold files → ISO 3166 alpha-3 (EVALUATION.md).
COUNTRY_FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
#: Codes that are kept as they are although they name no state.
NON_STATE = frozenset({"IGO", "NGO", "UNO", "EUR", "IMG", "ISM", "MNC"})
#: The generic code some gold sets (PLOVER GSR) give every intergovernmental organisation.
GENERIC_IGO = "IGO"
#: Organisation codes mirrorwatch (and CAMEO ``IGOxxx`` composites) use for specific IGOs.
IGO_CODES = frozenset({"UNO", "EUR", "IGO"})
#: Old PLOVER (0.5) category names → current PLOVER, and a known typo of the Spanish set.
PLOVER_RENAMES = {
    "DEMAND": "REQUEST",
    "DISAPPROVE": "ACCUSE",
    "INVESTIGATE": "ACCUSE",
    "FIGHT": "ASSAULT",
    "SACTION": "SANCTION",
}
_EMPTY = {"", "---", "NONE", "NULL", "NA", "N/A"}
_CAMEO_CODE = re.compile(r"^(\d{2,4})")


@dataclass(frozen=True, slots=True)
class Tup:
    """One directed event as the scorer sees it.

    Identity (equality, hashing) is the tuple of ``EVALUATION.md``: countries, PLOVER type, CAMEO
    code, sectors and mode. The other fields ride along for the secondary metrics (dates, quad
    class, intensity) and never decide a match.
    """

    src: str | None
    tgt: str | None
    plover: str
    cameo: str | None = None
    src_sector: str | None = None
    tgt_sector: str | None = None
    mode: str | None = None
    date: str | None = field(default=None, compare=False)
    quad: int | None = field(default=None, compare=False)
    intensity: float | None = field(default=None, compare=False)
    flagged: bool = field(default=False, compare=False)
    confidence: float = field(default=1.0, compare=False)
    location: str | None = field(default=None, compare=False)

    def swapped(self) -> Tup:
        """The same event with source and target (and their sectors) exchanged."""
        return replace(self, src=self.tgt, tgt=self.src, src_sector=self.tgt_sector, tgt_sector=self.src_sector)


def country(code: str | None) -> str | None:
    """Normalise a country code: upper case, ``JAP``→``JPN`` and friends, empty markers → ``None``.

    Non-state codes (IGO, NGO, UNO, EUR, IMG, ISM, MNC) are kept as they are.
    """
    if code is None:
        return None
    c = str(code).strip().upper()
    if c in _EMPTY or not c.strip("-*"):
        return None
    return COUNTRY_FIXES.get(c, c)


def is_state(code: str | None) -> bool:
    """True for a state code (an ISO-style alpha-3 that is none of the non-state codes)."""
    return bool(code) and len(code) == 3 and code.isalpha() and code.upper() not in NON_STATE


def sector(code: str | None, *, scheme: str = "cameo") -> str | None:
    """Normalise a sector code to mirrorwatch's CAMEO-style sectors (first three letters).

    ``scheme="plover"`` reads PLOVER's sector names (JRN is media, MED is health, ethnic suffixes such
    as ``CVLalb`` dropped, ``***`` = none); ``"cameo"`` reads CAMEO type codes (INS → REB, ...).
    The mappings live in the interop stage's data files, so importer and scorer agree.
    """
    from ..interop.actors import cameo_sector, plover_sector_in

    if code is None:
        return None
    c = str(code).strip()
    if not c or not c[:3].isalpha():
        return None
    if scheme == "plover":
        return plover_sector_in(c)[0]
    return cameo_sector(c[:3])[0]


def actor_code(code: str | None) -> tuple[str | None, str | None]:
    """Split a CAMEO composite actor code into (country, sector).

    ``USAMIL`` → (USA, MIL); ``---REB`` → (None, REB); ``USA`` → (USA, None); ``IGOUNOMIL`` →
    (UNO, IGO) and ``IGOEUREEC`` → (EUR, IGO): an IGO/NGO prefix is the sector and the next code,
    when it names an organisation or region, is the actor, as mirrorwatch stores the UN and the EU
    (``UNO``/``EUR`` with sector ``IGO``). ``IGO`` alone stays (IGO, IGO).
    """
    if code is None:
        return None, None
    c = str(code).strip().upper()
    if not c or c in _EMPTY:
        return None, None
    head, rest = c[:3], c[3:]
    if head in ("IGO", "NGO"):
        org = rest[:3]
        if org and org.isalpha():
            return country(org), head
        return head, head
    ctry = country(head)
    sec = sector(rest[:3]) if len(rest) >= 3 else None
    return ctry, sec


def label_to_plover(label: str | None) -> tuple[str | None, str | None]:
    """Any gold event label → (current PLOVER type, CAMEO code or ``None``).

    Accepts current PLOVER names, old PLOVER names (DEMAND, DISAPPROVE, INVESTIGATE, FIGHT, the
    SACTION typo), CAMEO codes (``"0352"``, ``"173"``) and labelled CAMEO codes
    (``"140_Engage_in_political_dissent"``: the leading digits).
    CAMEO roots 01 and 02 give ``(None, code)``: statements and appeals are no PLOVER event.
    Unknown labels give ``(None, None)``.
    """
    if label is None:
        return None, None
    s = str(label).strip()
    if not s:
        return None, None
    m = _CAMEO_CODE.match(s)
    if m:
        code = m.group(1)
        return plover_for_cameo(code)[0], code
    name = s.upper()
    name = PLOVER_RENAMES.get(name, name)
    return (name if name in PLOVER_TYPES else None), None


def _gold_quad(plover: str, cameo: str | None) -> int | None:
    if cameo:
        return quad_class(cameo)
    return PLOVER_QUAD.get(plover)


def expand(
    sources: Sequence[tuple[str | None, str | None]],
    targets: Sequence[tuple[str | None, str | None]],
    plover: str,
    *,
    cameo: str | None = None,
    mode: str | None = None,
    date: str | None = None,
    reciprocal: bool = False,
) -> list[Tup]:
    """Gold actors → directed tuples: the Cartesian product of sources and targets.

    ``reciprocal`` (PLOVER ``SRC/TAR`` markup) or several sources with no target give every ordered
    pair of distinct sources, i.e. both directions. One source with no target gives one tuple with
    ``tgt=None``. Actors are ``(country, sector)`` pairs, already normalised.
    """
    quad = _gold_quad(plover, cameo)
    intensity = goldstein(cameo) if cameo else None
    mode = (mode or "").strip().lower() or None
    out: list[Tup] = []

    def make(s: tuple[str | None, str | None], t: tuple[str | None, str | None] | None) -> Tup:
        return Tup(s[0], t[0] if t else None, plover, cameo, s[1], t[1] if t else None, mode,
                   date=date, quad=quad, intensity=intensity)

    srcs = list(sources) or [(None, None)]
    if targets and not reciprocal:
        out = [make(s, t) for s, t in product(srcs, targets)]
    elif reciprocal or len(srcs) > 1:
        parties = srcs + list(targets)
        out = [make(a, b) for a, b in product(parties, parties) if a != b]
        if not out:  # "X and X agreed": nothing directed to expand, keep the actor alone
            out = [make(srcs[0], None)]
    else:
        out = [make(srcs[0], None)]
    return dedupe(out)


def dedupe(tuples: Iterable[Tup]) -> list[Tup]:
    """Identical tuples once (first occurrence kept, order kept)."""
    return list(dict.fromkeys(tuples))


def pred_tuple(event: Event) -> Tup:
    """The coder's event as a :class:`Tup` (countries normalised like gold ones)."""
    t = event.target
    loc = event.location.country if event.location is not None else None
    return Tup(
        country(event.source.country), country(t.country) if t else None, event.plover,
        (event.cameo or None), event.source.sector or None, (t.sector or None) if t else None,
        (event.mode or "").strip().lower() or None,
        date=event.date, quad=event.quad_class, intensity=event.intensity,
        flagged=bool(event.negated or event.hypothetical), confidence=float(event.confidence),
        location=country(loc),
    )


def _igo_side(code: str | None, sec: str | None) -> bool:
    return code in IGO_CODES or (sec == GENERIC_IGO and code is not None and not is_state(code))


def generic_igo(t: Tup) -> Tup:
    """The tuple with every intergovernmental actor coded as the bare ``IGO``.

    mirrorwatch codes the UN as ``UNO`` and the EU as ``EUR`` (sector ``IGO``); the PLOVER gold
    records code every such body as ``IGO`` and record no more. The finer prediction is brought
    down to the gold's level (the gold cannot be refined without re-annotating it); states, and the
    sectors, are left alone.
    """
    src = GENERIC_IGO if _igo_side(t.src, t.src_sector) else t.src
    tgt = GENERIC_IGO if _igo_side(t.tgt, t.tgt_sector) else t.tgt
    if (src, tgt) == (t.src, t.tgt):
        return t
    return replace(t, src=src, tgt=tgt)


def harmonise_igo(gold: Sequence[Tup], pred: Sequence[Tup]) -> list[Tup]:
    """Predictions of one unit, compared at the granularity its gold gives IGO actors.

    When the unit's gold codes an organisation generically (``IGO``, PLOVER GSR), predicted
    ``UNO``/``EUR``/other IGO actors compare as ``IGO`` (:func:`generic_igo`); when the gold names the
    organisation (``EUR`` in ``eval/``, ``IGOUNOMIL`` → ``UNO`` in PETR-2) nothing changes, so a
    prediction of the wrong organisation stays wrong. Identical tuples produced by the merge are
    kept: the scorer counts them once per unit anyway.
    """
    if not any(GENERIC_IGO in (g.src, g.tgt) for g in gold):
        return list(pred)
    return [generic_igo(p) for p in pred]
