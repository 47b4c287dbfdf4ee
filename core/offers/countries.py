"""Country names as shops write them, turned into ISO 3166-1 alpha-2 codes (``GB``, never ``UK``)."""

from __future__ import annotations

_NAMES = {
    "australia": "AU", "austria": "AT", "bahrain": "BH", "belgium": "BE", "brazil": "BR", "canada": "CA",
    "channel islands": "JE", "cyprus": "CY", "czech republic": "CZ", "czechia": "CZ", "denmark": "DK",
    "eire": "IE", "ireland": "IE", "finland": "FI", "france": "FR", "germany": "DE", "greece": "GR",
    "hong kong": "HK", "iceland": "IS", "israel": "IL", "italy": "IT", "japan": "JP", "lebanon": "LB",
    "lithuania": "LT", "malta": "MT", "netherlands": "NL", "the netherlands": "NL", "holland": "NL",
    "norway": "NO", "poland": "PL", "portugal": "PT", "rsa": "ZA", "south africa": "ZA",
    "saudi arabia": "SA", "singapore": "SG", "spain": "ES", "sweden": "SE", "switzerland": "CH",
    "usa": "US", "united states": "US", "united states of america": "US", "us": "US",
    "united arab emirates": "AE", "uae": "AE", "united kingdom": "GB", "uk": "GB", "great britain": "GB",
    "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB", "nigeria": "NG",
    "luxembourg": "LU", "estonia": "EE", "latvia": "LV", "slovakia": "SK", "slovenia": "SI", "croatia": "HR",
    "hungary": "HU", "romania": "RO", "bulgaria": "BG", "mexico": "MX", "india": "IN", "china": "CN",
    "new zealand": "NZ", "turkey": "TR", "türkiye": "TR", "korea": "KR", "south korea": "KR", "chile": "CL",
    "argentina": "AR", "colombia": "CO", "peru": "PE", "thailand": "TH", "west indies": "",
    "european community": "", "unspecified": "", "": "",
}
# Two-letter codes shops use that are not ISO: UK -> GB, EL (EU usage for Greece) -> GR.
_CODE_FIXES = {"UK": "GB", "EL": "GR"}


def iso_country(value) -> str:
    """Return the ISO alpha-2 code for a country name or code (``'United Kingdom'``/``'UK'`` -> ``'GB'``).

    Returns an empty string when the country is unknown or not a single country ("European Community").
    """
    if value is None:
        return ""
    text = str(value).strip()
    if text.lower() in ("nan", "none", "<na>"):
        return ""
    if len(text) == 2 and text.isalpha():
        code = text.upper()
        return _CODE_FIXES.get(code, code)
    return _NAMES.get(text.lower(), "")
