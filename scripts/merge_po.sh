#!/usr/bin/env bash
# Resolve a merge conflict in the Vietnamese catalogue: the union of both sides' translations
# (ours first where both translated the same msgid), then makemessages settles the msgids.
#   scripts/merge_po.sh            (during a conflicted merge)
set -euo pipefail
po=locale/vi/LC_MESSAGES/django.po
tmp=$(mktemp -d)
git show ":2:$po" > "$tmp/ours.po"
git show ":3:$po" > "$tmp/theirs.po"
msgcat --use-first --no-wrap "$tmp/ours.po" "$tmp/theirs.po" -o "$tmp/union.po"
# msgcat marks entries whose translations differed as fuzzy with both texts; keep the first.
msgattrib --clear-fuzzy --no-wrap "$tmp/union.po" -o "$po" 2>/dev/null || cp "$tmp/union.po" "$po"
DEBUG=true .venv/bin/caunoi makemessages -l vi --no-location \
    --ignore='.venv/*' --ignore='var/*' --ignore='static/vendor/*' >/dev/null
rm -rf "$tmp"
.venv/bin/python scripts/po_set.py --missing | head -40
