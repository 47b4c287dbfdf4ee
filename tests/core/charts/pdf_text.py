"""A small PDF text extractor for tests (no pypdf here): the text a reader copies out of a matplotlib PDF.

It decodes each text-showing operator's string with the ``/ToUnicode`` map of the font selected by ``Tf``,
as a PDF viewer does for copy and paste; glyphs of a font without such a map come out as U+FFFD.
"""

from __future__ import annotations

import re
import zlib

_OBJECT = re.compile(rb"(\d+) 0 obj(.*?)endobj", re.S)
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
_TOKEN = re.compile(rb"\((?:\\.|[^\\)])*\)|<[0-9a-fA-F\s]*>|/[^\s/\[\]()<>]+|-?[\d.]+|[A-Za-z'\"]+|\[|\]", re.S)
_ESCAPES = {b"n": b"\n", b"r": b"\r", b"t": b"\t", b"b": b"\b", b"f": b"\f"}


def _stream_bytes(body: bytes) -> bytes | None:
    found = _STREAM.search(body)
    if not found:
        return None
    data = found.group(1)
    try:
        return zlib.decompress(data)
    except zlib.error:
        return data


def _literal(token: bytes) -> bytes:
    out, index, inner = bytearray(), 0, token[1:-1]
    while index < len(inner):
        char = inner[index:index + 1]
        if char != b"\\":
            out += char
            index += 1
            continue
        following = inner[index + 1:index + 2]
        octal = re.match(rb"[0-7]{1,3}", inner[index + 1:index + 4])
        if octal:
            out.append(int(octal.group(0), 8))
            index += 1 + len(octal.group(0))
        else:
            out += _ESCAPES.get(following, following)
            index += 2
    return bytes(out)


def _hex_units(text: bytes) -> list[int]:
    digits = re.sub(rb"\s", b"", text)
    return [int(digits[i:i + 4], 16) for i in range(0, len(digits), 4)]


def _unicode_map(cmap: bytes) -> dict[int, str]:
    """Return {code: text} of a ToUnicode CMap (bfchar and bfrange, both range forms)."""
    mapping: dict[int, str] = {}

    def text_of(hexes: bytes) -> str:
        return "".join(chr(unit) for unit in _hex_units(hexes))

    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>", block):
            mapping[int(source, 16)] = text_of(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for first, last, rest in re.findall(rb"<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*(\[[^\]]*\]|<[0-9a-fA-F]+>)",
                                            block):
            start, end = int(first, 16), int(last, 16)
            if rest.startswith(b"["):
                for offset, target in enumerate(re.findall(rb"<([0-9a-fA-F]+)>", rest)):
                    mapping[start + offset] = text_of(target)
            else:
                base = _hex_units(rest[1:-1])
                for offset in range(end - start + 1):
                    mapping[start + offset] = "".join(chr(u) for u in base[:-1]) + chr(base[-1] + offset)
    return mapping


def pdf_text(data: bytes) -> str:
    """Return the text of every page of the PDF ``data`` as a reader would copy it: one line per text block."""
    objects = {int(number): body for number, body in _OBJECT.findall(data)}
    maps: dict[int, dict[int, str]] = {}
    for number, body in objects.items():
        found = re.search(rb"/ToUnicode\s+(\d+) 0 R", body)
        if found and int(found.group(1)) in objects:
            maps[number] = _unicode_map(_stream_bytes(objects[int(found.group(1))]) or b"")
    font_objects = {name.decode(): int(number) for name, number in re.findall(rb"/(F\d+)\s+(\d+) 0 R", data)}
    lines = []
    for body in objects.values():
        content = _stream_bytes(body)
        if not content or b"BT" not in content or b"Tf" not in content:
            continue
        font: dict[int, str] | None = None
        wide = False
        operands: list[bytes] = []
        line: list[str] = []
        for token in _TOKEN.findall(content):
            if token == b"Tf" and len(operands) >= 2:
                number = font_objects.get(operands[-2].lstrip(b"/").decode())
                font = maps.get(number)
                wide = font is not None and b"/Type0" in objects.get(number, b"")
            elif token in (b"Tj", b"TJ", b"'", b'"'):
                for operand in operands:
                    if operand.startswith(b"("):
                        raw = _literal(operand)
                        codes = [int.from_bytes(raw[i:i + 2], "big") for i in range(0, len(raw), 2)] if wide \
                            else list(raw)
                    elif operand.startswith(b"<"):
                        codes = _hex_units(operand[1:-1]) if wide else list(bytes.fromhex(
                            re.sub(rb"\s", b"", operand[1:-1]).decode()))
                    else:
                        continue
                    line.append("".join((font or {}).get(code, "\ufffd") for code in codes))
            elif token == b"ET":
                lines.append("".join(line))
                line = []
            if token in (b"Tf", b"Tj", b"TJ", b"'", b'"', b"Td", b"TD", b"Tm", b"BT", b"ET", b"cm", b"q", b"Q"):
                operands = []
            elif token not in (b"[", b"]"):
                operands.append(token)
    return "\n".join(lines)
