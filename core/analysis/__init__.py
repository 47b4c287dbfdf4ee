"""Analyses over the shop's data: RFM, segments, customer value, product pairs. Pure pandas/numpy/scipy."""
