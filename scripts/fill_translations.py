"""Fill unfinished entries of resources/translations/*.ts from JSON files of {English source: {lang: translation}}.

Usage: python scripts/fill_translations.py FILE.json [FILE.json …] (after scripts/update_translations.sh added the
new sources); prints the sources still unfinished. Then compile: bash scripts/update_translations.sh --release.
A text-level edit, so lupdate's formatting of the .ts files is kept."""
import json, re, sys
from xml.sax.saxutils import escape
table = {}
for name in sys.argv[1:]:
    table.update(json.load(open(name, encoding="utf-8")))
def variants(s):
    base = escape(s)
    return {base, base.replace("'", "&apos;"), base.replace('"', "&quot;"), base.replace("'", "&apos;").replace('"', "&quot;")}
def only_fields(source):
    """True when the text has no words of its own ("{first} + {second}"): it reads the same in every language."""
    return not re.search(r"[^\W\d_]", re.sub(r"\{[^}]*\}", "", source))
for lang in ("pl", "lv", "ru"):
    path = f"resources/translations/shopkeeper_{lang}.ts"
    text = open(path, encoding="utf-8").read()
    text = re.sub(r"(<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type=\"unfinished\">[^<]*</translation>",
                  lambda m: m.group(1) + "<translation>" + m.group(2) + "</translation>" if only_fields(m.group(2)) else m.group(0),
                  text)
    for src, langs in table.items():
        if lang not in langs:
            continue
        for v in variants(src):
            pattern = re.compile(r"(<source>" + re.escape(v) + r"</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
                                 r"<translation type=\"unfinished\">[^<]*</translation>")
            value = langs[lang]
            if isinstance(value, list):  # plural forms, in Qt's order for the language
                numerus = re.compile(r"(<source>" + re.escape(v) + r"</source>\s*(?:<comment>[^<]*</comment>\s*)?)"
                                     r"<translation type=\"unfinished\">(?:\s*<numerusform>[^<]*</numerusform>)*\s*</translation>")
                forms = "".join(f"\n            <numerusform>{escape(form)}</numerusform>" for form in value)
                text = numerus.sub(lambda m: m.group(1) + "<translation>" + forms + "\n        </translation>", text)
                continue
            text, n = pattern.subn(lambda m: m.group(1) + "<translation>" + escape(value) + "</translation>", text)
    open(path, "w", encoding="utf-8").write(text)
    for m in re.finditer(r"<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?<translation type=\"unfinished\">", text):
        print("MISSING", lang, m.group(1))
