"""Department numbers as they appear on old licences, with their names at that time.

Information only: a department is shown next to the box ("19 — Corrèze") and never used to
refuse what was typed. Facts and their sources are in DOMAIN.md ("Departments"): the number
on an old licence is the issuing department *at that time*, so the year of issue decides
between the old and the new meaning of 20, 75, 78 and 91–95.
"""

from __future__ import annotations

from dataclasses import dataclass

# Today's departments of metropolitan France (names are proper nouns: not translated).
_TODAY: dict[str, str] = {
    "01": "Ain", "02": "Aisne", "03": "Allier", "04": "Alpes-de-Haute-Provence",
    "05": "Hautes-Alpes", "06": "Alpes-Maritimes", "07": "Ardèche", "08": "Ardennes",
    "09": "Ariège", "10": "Aube", "11": "Aude", "12": "Aveyron", "13": "Bouches-du-Rhône",
    "14": "Calvados", "15": "Cantal", "16": "Charente", "17": "Charente-Maritime",
    "18": "Cher", "19": "Corrèze", "2A": "Corse-du-Sud", "2B": "Haute-Corse",
    "21": "Côte-d'Or", "22": "Côtes-d'Armor", "23": "Creuse", "24": "Dordogne",
    "25": "Doubs", "26": "Drôme", "27": "Eure", "28": "Eure-et-Loir", "29": "Finistère",
    "30": "Gard", "31": "Haute-Garonne", "32": "Gers", "33": "Gironde", "34": "Hérault",
    "35": "Ille-et-Vilaine", "36": "Indre", "37": "Indre-et-Loire", "38": "Isère",
    "39": "Jura", "40": "Landes", "41": "Loir-et-Cher", "42": "Loire", "43": "Haute-Loire",
    "44": "Loire-Atlantique", "45": "Loiret", "46": "Lot", "47": "Lot-et-Garonne",
    "48": "Lozère", "49": "Maine-et-Loire", "50": "Manche", "51": "Marne",
    "52": "Haute-Marne", "53": "Mayenne", "54": "Meurthe-et-Moselle", "55": "Meuse",
    "56": "Morbihan", "57": "Moselle", "58": "Nièvre", "59": "Nord", "60": "Oise",
    "61": "Orne", "62": "Pas-de-Calais", "63": "Puy-de-Dôme", "64": "Pyrénées-Atlantiques",
    "65": "Hautes-Pyrénées", "66": "Pyrénées-Orientales", "67": "Bas-Rhin", "68": "Haut-Rhin",
    "69": "Rhône", "70": "Haute-Saône", "71": "Saône-et-Loire", "72": "Sarthe",
    "73": "Savoie", "74": "Haute-Savoie", "75": "Paris", "76": "Seine-Maritime",
    "77": "Seine-et-Marne", "78": "Yvelines", "79": "Deux-Sèvres", "80": "Somme",
    "81": "Tarn", "82": "Tarn-et-Garonne", "83": "Var", "84": "Vaucluse", "85": "Vendée",
    "86": "Vienne", "87": "Haute-Vienne", "88": "Vosges", "89": "Yonne",
    "90": "Territoire de Belfort", "91": "Essonne", "92": "Hauts-de-Seine",
    "93": "Seine-Saint-Denis", "94": "Val-de-Marne", "95": "Val-d'Oise",
}  # fmt: skip

# (code, first year the meaning applies, last year it applies, name), DOMAIN.md.
# A year of None means "not known": then every meaning of the code is offered.
_HISTORICAL: tuple[tuple[str, int, int, str], ...] = (
    ("20", 0, 1975, "Corse"),
    ("75", 0, 1967, "Seine"),
    ("78", 0, 1967, "Seine-et-Oise"),
    ("91", 0, 1956, "Alger"),
    ("92", 0, 1956, "Oran"),
    ("93", 0, 1956, "Constantine"),
    ("94", 0, 1956, "Territoires du Sud"),
)
# Departments renamed (DOMAIN.md, high): (code, year of the new name, the name before).
# A licence shows the name in force in its year of issue; in the year of the change
# both names are offered.
_RENAMED: tuple[tuple[str, int, str], ...] = (
    ("17", 1941, "Charente-Inférieure"),
    ("76", 1955, "Seine-Inférieure"),
    ("44", 1957, "Loire-Inférieure"),
    ("64", 1969, "Basses-Pyrénées"),
    ("04", 1970, "Basses-Alpes"),
    ("22", 1990, "Côtes-du-Nord"),
)
_HISTORICAL += tuple((code, 0, year, old) for code, year, old in _RENAMED)
# Departments of Algeria numbered 9A–9R from 1957 to independence (July 1962).
_ALGERIA_LETTERS = (1957, 1962)
# Codes whose today's meaning starts later than year 0 (created on that date).
_TODAY_SINCE: dict[str, int] = {
    "2A": 1976, "2B": 1976, "75": 1968, "78": 1968,
    "91": 1968, "92": 1968, "93": 1968, "94": 1968, "95": 1968,
} | {code: year for code, year, _old in _RENAMED}  # fmt: skip


@dataclass(frozen=True)
class Department:
    """One meaning of a department code."""

    code: str
    name: str
    until: int | None = None  # last year of a historical meaning
    since: int | None = None  # first year of today's meaning, when it is not "always"


def department_name(code: str, year: int | None = None) -> tuple[Department, ...]:
    """Every meaning of ``code`` that fits ``year`` (four digits), most likely first.

    An empty tuple means we have no name to offer (unknown code, or no department had
    that number in that year); that never makes the code wrong.
    """
    code = code.strip().upper()
    if len(code) == 1 and code.isdigit():
        code = "0" + code
    found: list[Department] = []
    since = _TODAY_SINCE.get(code)
    if code in _TODAY and (year is None or since is None or year >= since):
        found.append(Department(code, _TODAY[code], since=since if year is None else None))
    for hist_code, first, last, name in _HISTORICAL:
        if hist_code == code and (year is None or first <= year <= last):
            found.append(Department(code, name, until=last if year is None else None))
    if (
        len(code) == 2
        and code[0] == "9"
        and "A" <= code[1] <= "R"
        and (year is None or _ALGERIA_LETTERS[0] <= year <= _ALGERIA_LETTERS[1])
    ):
        found.append(
            Department(code, "Algérie", until=_ALGERIA_LETTERS[1] if year is None else None)
        )
    # Without a year, today's meaning comes first and the historical one second.
    return tuple(found)


def full_year(two_digits: str, *, century_hint: int = 1900) -> int | None:
    """``"68"`` → 1968 (``century_hint`` + value); None when it is not two digits."""
    if len(two_digits) != 2 or not two_digits.isdigit():
        return None
    return century_hint + int(two_digits)
