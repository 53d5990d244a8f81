"""Turn the bytes of a plain-text file into text: guess the encoding, reject binary data.

Order of guesses: byte-order mark, UTF-16 without BOM (NUL byte pattern), strict UTF-8,
the charset the page declares (HTML), mostly-valid UTF-8 (bad bytes replaced), then
charset-normalizer, preferring the common Western code page when candidates tie.
"""
from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

_BOMS = (  # UTF-32 first: its LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# When charset-normalizer finds several equally good code pages, take the most common one.
_PREFERRED = ("cp1252", "latin_1", "iso8859_15", "cp1250", "cp1251", "cp1253", "cp1254")
_DETECT_SAMPLE = 512 * 1024  # bytes given to charset-normalizer for big files
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # not tab, newline, vt, ff, cr
_REPLACEMENT_UTF8 = "\ufffd".encode()


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # bytes that could not be decoded and became U+FFFD


def normalise_newlines(text: str) -> str:
    """\\r\\n and lone \\r become \\n; nothing else changes."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def strip_bom(text: str) -> str:
    return text[1:] if text.startswith("\ufeff") else text


def decode(data: bytes, declared: str | None = None) -> Decoded | None:
    """Decode ``data`` as text, or return None when it looks like binary data."""
    decoded = _decode(data, declared)
    if decoded is None or looks_binary(decoded.text):
        return None
    return decoded


def looks_binary(text: str) -> bool:
    """Lots of control characters (other than tab, newlines, form feed) mean this is not prose."""
    controls = sum(1 for _ in _CONTROL.finditer(text))
    return controls >= 2 and controls > 0.02 * len(text) or "\x00" in text


def _decode(data: bytes, declared: str | None) -> Decoded | None:
    bom = _with_bom(data)
    if bom:
        return bom
    if b"\x00" in data:
        return _utf16_without_bom(data)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    return _declared(data, declared) or _mostly_utf8(data) or _detected(data)


def _with_bom(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data if encoding == "utf-8-sig" else data[len(bom):]
            text = body.decode(encoding, errors="replace")
            return Decoded(text, encoding, text.count("\ufffd"))
    return None


def _utf16_without_bom(data: bytes) -> Decoded | None:
    """Latin-script UTF-16 has a NUL in every other byte: odd positions for LE, even for BE."""
    sample = data[:65536]
    half = len(sample) // 2
    if half < 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, text.count("\ufffd"))


def _declared(data: bytes, declared: str | None) -> Decoded | None:
    """Trust a charset the document names (HTML ``<meta charset>``), unless it is UTF-8."""
    if not declared or codecs.lookup(declared).name == "utf-8":
        return None
    try:
        text = data.decode(declared, errors="replace")
    except LookupError:
        return None  # a codec that is no text encoding ("uu", "base64", "zlib"): read as undeclared
    return Decoded(text, codecs.lookup(declared).name, text.count("\ufffd"))


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few broken bytes: keep it UTF-8 and replace the bad bytes.

    Text in a legacy code page has almost no valid multi-byte sequences, so it fails here."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(_REPLACEMENT_UTF8)
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    good = non_ascii - text.count("\ufffd")
    if good > bad:
        return Decoded(text, "utf-8", bad)
    return None


def _detected(data: bytes) -> Decoded | None:
    encoding = _guess(data[:_DETECT_SAMPLE]) if len(data) > _DETECT_SAMPLE else None
    if encoding:
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
        except UnicodeDecodeError:
            pass
    encoding = _guess(data)
    if encoding is None:
        return None
    text = data.decode(encoding, errors="replace")
    return Decoded(text, codecs.lookup(encoding).name, text.count("\ufffd"))


def _guess(data: bytes) -> str | None:
    import charset_normalizer  # imported when needed (0.1–0.3 s): most files are UTF-8

    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        return None
    top = matches[0]
    tied = [m for m in matches if m.chaos <= top.chaos + 0.005 and m.coherence >= top.coherence - 0.005]
    for preferred in _PREFERRED:
        if any(preferred in m.could_be_from_charset for m in tied):
            return preferred
    return top.encoding
