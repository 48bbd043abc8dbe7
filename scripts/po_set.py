"""Set Vietnamese translations in locale/vi/LC_MESSAGES/django.po from a JSON file.

    .venv/bin/python scripts/po_set.py translations.json
    .venv/bin/python scripts/po_set.py --missing      # list untranslated and fuzzy msgids as JSON

The JSON maps each msgid to its msgstr; for a plural entry the value is a list (Vietnamese has
one form, so one item). Fuzzy flags of the entries set are cleared. Run makemessages first, so
that the msgids exist; msgids not in the catalogue are reported and ignored.
"""

import json
import sys
from pathlib import Path

import polib

PO = Path(__file__).resolve().parent.parent / "locale" / "vi" / "LC_MESSAGES" / "django.po"


def missing(po) -> dict:
    rows = {}
    for entry in po:
        if entry.obsolete:
            continue
        if not entry.translated() or "fuzzy" in entry.flags:
            rows[entry.msgid] = [entry.msgid_plural] if entry.msgid_plural else ""
    return rows


def main(argv: list[str]) -> int:
    po = polib.pofile(str(PO), wrapwidth=0)
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    if argv == ["--missing"]:
        print(json.dumps(missing(po), ensure_ascii=False, indent=1))
        return 0
    wanted = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    by_id = {entry.msgid: entry for entry in po if not entry.obsolete}
    unknown = []
    for msgid, msgstr in wanted.items():
        entry = by_id.get(msgid)
        if entry is None:
            unknown.append(msgid)
            continue
        if entry.msgid_plural:
            forms = msgstr if isinstance(msgstr, list) else [msgstr]
            entry.msgstr_plural = dict(enumerate(forms))
        else:
            entry.msgstr = msgstr if isinstance(msgstr, str) else msgstr[0]
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = None
        entry.previous_msgid_plural = None
        entry.previous_msgctxt = None
    po.save(str(PO))
    for msgid in unknown:
        print(f"not in the catalogue: {msgid!r}", file=sys.stderr)
    left = missing(po)
    print(f"{len(wanted) - len(unknown)} set; {len(left)} still untranslated or fuzzy")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
