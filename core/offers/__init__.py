"""Offers: from an audience to ready campaign files (Mailchimp, Klaviyo, Shopify tags, CSV/XLSX).

Start with ``available_audiences(db)``, then ``make_offer(db, OfferSpec(...), out)``.
"""

from core.offers.audiences import Audience, available_audiences, resolve_audience
from core.offers.campaign import OfferResult, OfferSpec, Variant, build_offer, list_campaigns, make_offer, \
    record_campaign, write_offer
from core.offers.targets import TARGET_LABELS, TARGETS
from core.offers.tiers import DEFAULT_TIERS, DiscountTier

__all__ = ["Audience", "available_audiences", "resolve_audience", "OfferResult", "OfferSpec", "Variant", "build_offer",
           "list_campaigns", "make_offer", "record_campaign", "write_offer", "TARGET_LABELS", "TARGETS",
           "DEFAULT_TIERS", "DiscountTier"]
