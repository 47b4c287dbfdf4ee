"""Build the bundled demo shop file from the UCI Online Retail II subset in ../shared/data.

Output: resources/demo/demo_shop.csv.gz, the Online Retail II layout plus made-up ``Email``, ``First Name``,
``Last Name`` and ``Accepts Marketing`` columns (example.com addresses) so offers can be demonstrated.
Source data: UCI Online Retail II (D. Chen), CC BY 4.0. Run: python scripts/make_demo.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "data" / "online_retail_II.csv"
TARGET = ROOT / "resources" / "demo" / "demo_shop.csv.gz"

FIRST = ["Anna", "Jan", "Marie", "Lukas", "Sofia", "Mateo", "Emma", "Louis", "Julia", "Piotr", "Ilze", "Jānis",
         "Olga", "Ivan", "Chloé", "Hugo", "Lucía", "Pablo", "Giulia", "Marco", "Inês", "João", "Eva", "Noah",
         "Liis", "Tomas", "Agnieszka", "Kasia", "Léa", "Finn"]
LAST = ["Nowak", "Kowalski", "Berzins", "Ozols", "Dubois", "Martin", "García", "Rossi", "Silva", "Müller",
        "Schmidt", "Jansen", "de Vries", "Peeters", "Novak", "Horvat", "Tamm", "Kazlauskas", "Ivanova", "Smirnov",
        "Fontaine", "Moreau", "Costa", "Bianchi", "Weber", "Lindqvist", "Virtanen", "Andersen", "Kalniņa", "Petit"]


def ascii_fold(text: str) -> str:
    """Return ``text`` reduced to lower-case ASCII for an e-mail address."""
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFKD", text) if c.isascii() and c.isalnum()).lower()


def main() -> int:
    """Write the demo file; returns the exit code."""
    if not SOURCE.exists():
        print(f"Source data not found: {SOURCE}", file=sys.stderr)
        return 1
    frame = pd.read_csv(SOURCE, dtype=str, keep_default_na=False)
    rng = random.Random(20260101)
    people = {}
    for cid in sorted(c for c in frame["Customer ID"].unique() if c):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        email = f"{ascii_fold(first)}.{ascii_fold(last)}{rng.randint(1, 99)}@example.com"
        people[cid] = (email, first, last, "yes" if rng.random() < 0.85 else "no")
    for i, name in enumerate(["Email", "First Name", "Last Name", "Accepts Marketing"]):
        frame[name] = frame["Customer ID"].map(lambda c: people[c][i] if c else "")
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(TARGET, index=False, compression={"method": "gzip", "mtime": 0})
    print(f"Wrote {len(frame):,} lines for {len(people)} customers to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
