"""EASE's inverse is worked out in one copy of the matrix (mirrored in place): the same values as a plain inverse,
the Gram matrix left as it was, rows contiguous for the scores."""

from __future__ import annotations

import numpy as np
import pytest

from core.analysis import ease


@pytest.mark.parametrize("size, block", [(1, 256), (7, 3), (300, 256), (513, 256)])
def test_inverse_equals_numpys_and_leaves_the_gram_alone(size, block, monkeypatch):
    monkeypatch.setattr(ease, "_mirror_upper", lambda m, block_=block, f=ease._mirror_upper: f(m, block_))
    rng = np.random.default_rng(size)
    x = (rng.random((size + 20, size)) < 0.2).astype(np.float64)
    gram = x.T @ x
    kept = gram.copy()
    inverse = ease._spd_inverse(gram, 5.0)
    assert np.array_equal(gram, kept)
    assert inverse.flags.c_contiguous and np.array_equal(inverse, inverse.T)
    np.testing.assert_allclose(inverse, np.linalg.inv(gram + 5.0 * np.eye(size)), rtol=1e-9, atol=1e-12)


def test_mirror_copies_the_upper_triangle_below():
    matrix = np.arange(49, dtype=np.float64).reshape(7, 7)
    expected = np.triu(matrix) + np.triu(matrix, 1).T
    ease._mirror_upper(matrix, block=3)
    assert np.array_equal(matrix, expected)


@pytest.mark.parametrize("customers, products", [(40, 12), (9, 30)])
def test_gram_built_in_blocks_equals_the_dense_product(customers, products, monkeypatch):
    import scipy.sparse as sp
    monkeypatch.setattr(ease, "SIMILARITY_BLOCK", 4)
    rng = np.random.default_rng(customers)
    owned = (rng.random((customers, products)) < 0.3).astype(np.float64)
    data = ease.Interactions(np.arange(customers), np.arange(products), sp.csr_matrix(owned), sp.csr_matrix(owned))
    columns = np.arange(products)
    expected = owned.T @ owned if customers >= products else owned @ owned.T  # the smaller side
    assert np.array_equal(ease.ease_gram(data, columns), expected)
