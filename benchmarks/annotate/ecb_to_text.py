"""An ECB+ document (XML: one <token sentence="n"> element a token) as plain text, one sentence a line, the tokens
joined back as a news site writes them ("6.1-magnitude", "23,000", "Apple's", quotes against their words); date and
address lines left out. For annotating English same-story pairs (BRIEF.md).
Usage: python ecb_to_text.py DOC.xml > DOC.txt"""
from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a thousands group the tokens split ("23 , 000"), not a count after a day ("Sept. 3 , 100 people") or a year
_THOUSANDS = re.compile(r"(?<!\d)(\d{1,3}), (?=\d{3}\b)")
_JOINS = ((r" ([,.;:!?%)\]}])", r"\1"), (r"([(\[{$]) ", r"\1"), (r"(\d)([.:]) (\d)", r"\1\2\3"),
          (r"(\w) - (\w)", r"\1-\2"), (r" (n't|'s|'re|'ve|'ll|'d|'m)\b", r"\1"))


def _thousands(text: str) -> str:
    def join(m: re.Match) -> str:
        day = re.search(r"\b" + _MONTH + r"\s+$", text[: m.start()], re.I)
        return m.group(0) if day else m.group(1) + ","
    return _THOUSANDS.sub(join, text)


def detokenize(words: list[str]) -> str:
    text = " ".join(words).replace("``", '"').replace("''", '"')
    for pattern, joined in _JOINS:
        text = re.sub(pattern, joined, text)
    text = _thousands(text)
    parts = text.split('"')
    out, opening = parts[0], True
    for part in parts[1:]:  # an opening quote sticks to the next word, a closing one to the word before
        if opening:
            out = out.rstrip() + (" " if out.strip() else "") + '"' + part.lstrip()
        else:
            out = out.rstrip() + '"' + part
        opening = not opening
    return out.strip()


def sentences(path: str) -> list[str]:
    by_number: dict[int, list[str]] = {}
    for token in ET.parse(path).getroot().iter("token"):
        by_number.setdefault(int(token.get("sentence")), []).append(token.text or "")
    lines = (detokenize(by_number[k]) for k in sorted(by_number))
    return [line for line in lines if line and not re.match(r"^(https?:|www\.)", line)]


if __name__ == "__main__":
    print("\n".join(sentences(sys.argv[1])))
