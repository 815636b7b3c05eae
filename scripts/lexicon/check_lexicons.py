#!/usr/bin/env python3
"""Check the built-in lexicons under data/lexicon/ for format and consistency.

Usage: python3 scripts/lexicon/check_lexicons.py [LEXICON_DIR]

Checks, for every *.lex file:
  * every data line sits under a known [section] and has that section's field count;
  * fields are TAB-separated with no empty field and no space around a field or list item;
  * a list field is either `-` or items joined by `|`, none empty, none repeated;
and per file:
  * countries: iso3 is three upper-case letters and unique; names unique; a surface form
    (name, alias, demonym, capital, seat) under two countries must be ~ in both;
  * given names: gender is m, f or u; names unique; file sorted;
  * family names: unique;
  * organizations: type known; country is - or an iso3 from countries.lex; names unique;
    a form shared by two organizations must be ~ in both.
Warnings (not errors) list forms shared between files, for a reviewer to look at.
Prints counts; exits 1 on any error.
"""

import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

SECTIONS = {
    "country": ["name", "iso3", "aliases", "demonyms", "capitals", "seats"],
    "given-name": ["name", "gender"],
    "family-name": ["name"],
    "organization": ["name", "type", "aliases", "country"],
}
LIST_FIELDS = {"aliases", "demonyms", "capitals", "seats"}
ORG_TYPES = {"media", "igo", "party", "company", "ngo", "militant", "body"}

errors = []
warnings = []


def fold(form):
    """Case- and diacritic-insensitive key, as the extractor is expected to compare."""
    decomposed = unicodedata.normalize("NFKD", form)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def parse(path):
    """Yield (line_number, section, fields) for each data line of a .lex file."""
    section = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), 1):
        line = raw.rstrip("\r")
        if not line.strip() or line.startswith("#"):
            continue
        where = f"{path.name}:{number}"
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
            if section not in SECTIONS:
                errors.append(f"{where}: unknown section [{section}]")
            continue
        if section is None:
            errors.append(f"{where}: data line before any [section]")
            continue
        fields = line.split("\t")
        expected = SECTIONS.get(section, [])
        if len(fields) != len(expected):
            errors.append(f"{where}: {len(fields)} fields, [{section}] needs {len(expected)}: {line!r}")
            continue
        for name, value in zip(expected, fields):
            if value == "":
                errors.append(f"{where}: empty field {name}")
            elif value != value.strip() or "  " in value:
                errors.append(f"{where}: stray space in field {name}: {value!r}")
            if name in LIST_FIELDS and value != "-":
                items = value.split("|")
                for item in items:
                    bare = item[1:] if item.startswith("~") else item
                    if not bare or bare != bare.strip() or bare == "-" or bare.startswith("~"):
                        errors.append(f"{where}: bad list item {item!r} in {name}")
                if len(set(items)) != len(items):
                    errors.append(f"{where}: repeated item in {name}: {value!r}")
        yield number, section, fields


def forms_of(fields, columns):
    """(bare form, marked?) for the name and every list item of the given columns."""
    out = [(fields[0], False)]
    for column in columns:
        if fields[column] == "-":
            continue
        for item in fields[column].split("|"):
            out.append((item.lstrip("~"), item.startswith("~")))
    return out


def check_shared_forms(kind, rows, columns):
    """A form under two entries must be marked ~ everywhere it is used."""
    owners = defaultdict(list)  # folded form -> [(entry name, marked)]
    for fields in rows:
        marked_in_row = {fold(f) for f, m in forms_of(fields, columns) if m}
        seen = set()
        for form, marked in forms_of(fields, columns):
            key = fold(form)
            if key in seen:
                continue
            seen.add(key)
            owners[key].append((fields[0], marked or key in marked_in_row))
    for key, entries in sorted(owners.items()):
        if len(entries) > 1 and not all(marked for _, marked in entries):
            errors.append(f"{kind}: form {key!r} under {[e for e, _ in entries]} must be ~ in all")
    return owners


def main():
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "data" / "lexicon"
    counts = {}

    # countries
    countries = [f for _, s, f in parse(root / "countries.lex") if s == "country"]
    iso_codes = set()
    names = set()
    for fields in countries:
        name, iso3 = fields[0], fields[1]
        if not (len(iso3) == 3 and iso3.isascii() and iso3.isalpha() and iso3.isupper()):
            errors.append(f"countries: bad iso3 {iso3!r} for {name}")
        if iso3 in iso_codes:
            errors.append(f"countries: duplicate iso3 {iso3}")
        iso_codes.add(iso3)
        if fold(name) in names:
            errors.append(f"countries: duplicate name {name}")
        names.add(fold(name))
    country_forms = check_shared_forms("countries", countries, [2, 3, 4, 5])
    counts["countries"] = len(countries)
    counts["country surface forms"] = sum(len(forms_of(f, [2, 3, 4, 5])) for f in countries)

    # given names
    given = [(n, f) for n, s, f in parse(root / "given-names.lex") if s == "given-name"]
    seen = set()
    for number, (name, gender) in given:
        if gender not in {"m", "f", "u"}:
            errors.append(f"given-names.lex:{number}: bad gender {gender!r}")
        if name in seen:
            errors.append(f"given-names.lex:{number}: duplicate {name}")
        seen.add(name)
    order = [f[0] for _, f in given]
    if order != sorted(order, key=lambda s: (fold(s), s)):
        errors.append("given-names.lex: not sorted")
    counts["given names"] = len(given)
    for g in "mfu":
        counts[f"  gender {g}"] = sum(1 for _, f in given if f[1] == g)

    # family names
    family = [f[0] for _, s, f in parse(root / "family-names.lex") if s == "family-name"]
    duplicates = sorted({n for n in family if family.count(n) > 1})
    if duplicates:
        errors.append(f"family-names: duplicates {duplicates}")
    counts["family names"] = len(family)

    # organizations
    orgs = [f for _, s, f in parse(root / "organizations.lex") if s == "organization"]
    org_names = set()
    by_type = defaultdict(int)
    for fields in orgs:
        name, kind, _, country = fields
        if kind not in ORG_TYPES:
            errors.append(f"organizations: bad type {kind!r} for {name}")
        by_type[kind] += 1
        if country != "-" and country not in iso_codes:
            errors.append(f"organizations: unknown country {country!r} for {name}")
        if fold(name) in org_names:
            errors.append(f"organizations: duplicate name {name}")
        org_names.add(fold(name))
    org_forms = check_shared_forms("organizations", orgs, [2])
    counts["organizations"] = len(orgs)
    for kind in sorted(by_type):
        counts[f"  type {kind}"] = by_type[kind]

    # cross-file overlaps: warnings for review
    for key in sorted(set(country_forms) & set(org_forms)):
        c_marked = all(m for _, m in country_forms[key])
        o_marked = all(m for _, m in org_forms[key])
        if not (c_marked or o_marked):
            warnings.append(f"form {key!r} is a country form {[e for e, _ in country_forms[key]]} "
                            f"and an organization form {[e for e, _ in org_forms[key]]}")
    given_folded = {fold(f[0]) for _, f in given}
    clash = sorted(k for k, v in country_forms.items() if k in given_folded and not all(m for _, m in v))
    if clash:
        warnings.append(f"unmarked country forms that are also given names: {clash}")

    for key, value in counts.items():
        print(f"{key:24} {value}")
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print(f"{len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
