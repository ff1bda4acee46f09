#!/usr/bin/env python3
"""Turn hand annotations written as text snippets into PolNeAR-format gold with character offsets.

usage: build.py ANNOTATIONS.jsonl OUT.jsonl
ANNOTATIONS line (one article):
 {"id": "...", "url": "...", "publisher": "...", "date": "YYYY-MM-DD"|null, "title": "...", "text": "...",
  "annotator": "...",
  "attributions": [ {"source": "exact substring"|null, "cue": "exact substring",
                     "content": ["exact substring of piece 1", "piece 2", ...],
                     "direct": true|false  (optional: default = a double quotation mark in the content)} ]}
Attributions are listed in text order of their first content piece. Each content piece is searched from the
start of the previous attribution's first piece (and after the previous piece of the same attribution);
cue and source take the occurrence nearest to the content. Prints every attribution with its context so the
annotator can check it, and stops with an error on a snippet that is not in the text.
"""
import json, sys

QUOTES = '\u201c\u201d"'

def occurrences(text, s):
    i = text.find(s)
    while i >= 0:
        yield i
        i = text.find(s, i + 1)

def whole_word(text, i, n):
    before = text[i - 1] if i > 0 else " "
    after = text[i + n] if i + n < len(text) else " "
    return not (before.isalnum() and text[i].isalnum()) and not (after.isalnum() and text[i + n - 1].isalnum())

def nearest(text, s, lo, hi, what, aid):
    best = None
    for i in occurrences(text, s):
        if not whole_word(text, i, len(s)):
            continue
        d = 0 if lo <= i < hi else min(abs(i - hi), abs(i + len(s) - lo))
        if best is None or d < best[0]:
            best = (d, i)
    if best is None:
        sys.exit(f"{aid}: {what} not in text: {s!r}")
    return [best[1], best[1] + len(s)]

def main():
    out = open(sys.argv[2], "w", encoding="utf-8")
    total = 0
    for line in open(sys.argv[1], encoding="utf-8"):
        if not line.strip():
            continue
        a = json.loads(line)
        text = a["text"]
        prev_start = 0
        atts = []
        for k, at in enumerate(a["attributions"]):
            aid = f"{a['id']}#{k}"
            spans = []
            pos = prev_start
            for piece in at["content"]:
                i = text.find(piece, pos)
                if i < 0:
                    sys.exit(f"{aid}: content piece not found at or after offset {pos}: {piece!r}")
                spans.append([i, i + len(piece)])
                pos = i + len(piece)
            prev_start = spans[0][0]
            lo, hi = spans[0][0], spans[-1][1]
            cue = nearest(text, at["cue"], lo, hi, "cue", aid)
            src = None
            if at.get("source"):
                s = nearest(text, at["source"], min(lo, cue[0]), max(hi, cue[1]), "source", aid)
                src = {"spans": [s], "text": at["source"]}
            content_text = " ".join(text[s:e] for s, e in spans)
            direct = at.get("direct")
            if direct is None:
                direct = any(c in content_text for c in QUOTES)
            atts.append({"source": src, "cue": {"spans": [cue], "text": at["cue"]},
                         "content": {"spans": spans, "text": content_text}, "direct": direct})
            ctx_lo = max(0, min(lo, cue[0], src["spans"][0][0] if src else lo) - 30)
            ctx_hi = min(len(text), max(hi, cue[1], src["spans"][0][1] if src else hi) + 30)
            print(f"{aid} {'DIRECT  ' if direct else 'INDIRECT'} src={src and src['text']!r} cue={at['cue']!r}")
            print("    " + text[ctx_lo:ctx_hi].replace("\n", " / "))
        total += len(atts)
        rec = {k: a.get(k) for k in ("id", "url", "annotator", "publisher", "date", "title", "text")}
        rec["attributions"] = atts
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"{total} attributions written to {sys.argv[2]}", file=sys.stderr)

if __name__ == "__main__":
    main()
