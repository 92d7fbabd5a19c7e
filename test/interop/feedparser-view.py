"""Prints what Debian's python3-feedparser sees in each feed file given: one JSON object per file.

Usage: /usr/bin/python3 feedparser-view.py FILE...  (run with Debian's python, which has feedparser)
"""
import json
import sys

import feedparser


def iso(parsed):
    """A time.struct_time in UTC as an ISO 8601 string, or None."""
    return "%04d-%02d-%02dT%02d:%02d:%02dZ" % tuple(parsed[:6]) if parsed else None


def entry_view(e):
    return {
        "title": e.get("title"),
        "id": e.get("id"),
        "link": e.get("link"),
        "published": iso(e.get("published_parsed")),
        "updated": iso(e.get("updated_parsed")),
        "authors": [a.get("name") for a in e.get("authors", []) if a.get("name")],
        "tags": [t.get("label") or t.get("term") for t in e.get("tags", [])],
        "image": next(iter([x.get("href") for x in e.get("enclosures", [])] + [x.get("url") for x in e.get("media_content", [])]), None),
        "source": (e.get("source") or {}).get("title"),
    }


out = []
for path in sys.argv[1:]:
    with open(path, "rb") as f:
        d = feedparser.parse(f.read())
    out.append({"version": d.get("version"), "bozo": bool(d.bozo), "entries": [entry_view(e) for e in d.entries]})
print(json.dumps(out, ensure_ascii=False))
