#!/usr/bin/env python3
"""Bring hand-annotated gold to PolNeAR's convention for quote paragraphs with no cue of their own.

usage: normalize.py GOLD.jsonl OUT.jsonl
The annotation brief asked for a continuation paragraph (a quote paragraph with no cue, continuing the previous
speaker) as its own attribution, citing the earlier cue; some annotators did the same for a second quote after the
cue in the same paragraph ("“Q1,” he said. “Q2.”"). PolNeAR annotates both as further content pieces of the
attribution they continue (55 of 64 such paragraphs in train outside NYT; "“Q1,” X said, “Q2.”" is one attribution
with two spans). This joins an attribution to the one before it when both cite the same cue span and its content
comes after that cue and after the earlier content.

PolNeAR also calls an attribution direct exactly when its content holds a double quotation mark (“ ” "): single
marks there are nested quotes, headline quotes ("Trump: Cruz Has ‘To Come a Long Way’") or apostrophes, and count as
indirect. Its articles all quote with double marks. So in an article that quotes with double marks (no more single
opening marks before a word than double marks) "direct" is recomputed by that rule; in a British-style article that
quotes with single marks the annotator's choice stands.
"""
import json, sys

def quotes_with_single_marks(text):
    singles = sum(1 for i, c in enumerate(text)
                  if c in "\u2018'" and (i == 0 or not text[i - 1].isalnum()) and i + 1 < len(text) and text[i + 1].isalnum())
    doubles = sum(text.count(c) for c in "\u201c\u201d\"")
    return singles > doubles

out = open(sys.argv[2], "w", encoding="utf-8")
joined = redone = 0
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    text = a["text"]
    if not quotes_with_single_marks(text):
        for at in a["attributions"]:
            direct = any(c in "\u201c\u201d\"" for s, e in at["content"]["spans"] for c in text[s:e])
            redone += direct != at["direct"]
            at["direct"] = direct
    kept = []
    for at in a["attributions"]:
        prev = kept[-1] if kept else None
        cue = at["cue"]["spans"][0]
        first = at["content"]["spans"][0][0]
        if (prev is not None and prev["cue"]["spans"][0] == cue and cue[1] <= first
                and prev["content"]["spans"][-1][1] <= first and prev["direct"] == at["direct"]):
            prev["content"]["spans"] += at["content"]["spans"]
            prev["content"]["text"] += " " + at["content"]["text"]
            joined += 1
            continue
        kept.append(at)
    a["attributions"] = kept
    out.write(json.dumps(a, ensure_ascii=False) + "\n")
print(f"{redone} direct flags set by PolNeAR's double-mark rule", file=sys.stderr)
print(f"{joined} continuation attributions joined to the one they continue", file=sys.stderr)
