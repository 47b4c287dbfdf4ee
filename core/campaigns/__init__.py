"""Campaign results: control groups and variants (``split``), coupon codes (``codes``), the statistics
(``statistics``), planning a control group before sending (``planning``) and judging a sent campaign
(``results``)."""
