"""QR codes for entry links, made to survive print: high error correction, a full quiet zone."""

from __future__ import annotations

from pathlib import Path

import segno


def write_qr(url: str, out: Path) -> None:
    """SVG or PNG by the file's suffix. Error correction Q (a quarter of the code may be lost
    to a fold or a smudge) and the standard quiet zone of four modules."""
    code = segno.make(url, error="q", micro=False, boost_error=False)
    if out.suffix.lower() == ".png":
        code.save(str(out), scale=12, border=4)
    else:
        code.save(str(out), scale=10, border=4, xmldecl=False, svgclass=None, lineclass=None)
