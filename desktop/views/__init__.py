"""The app's screens, one module each, in sidebar order. A module that does not exist yet is skipped."""

VIEW_MODULES = [
    "dashboard_view",
    "import_view",
    "customers_view",
    "also_bought_view",
    "offers_view",
    "campaigns_view",
]
