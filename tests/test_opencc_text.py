"""OpenCC on strings its binding cannot encode."""

from __future__ import annotations

import pytest

from policytext.convert import opencc_converter
from policytext.opencc_text import opencc_convert


@pytest.mark.parametrize("text,expected", [
    ("產業發展", "产业发展"),  # no surrogate: one call, as before
    ("產業\ud800發展", "产业\ud800发展"),  # a lone surrogate stays; the runs around it convert
    ("\udc80\udc81國家", "\udc80\udc81国家"),  # a run of them (surrogateescape bytes) at the start
    ("\ud800", "\ud800"),
])
def test_lone_surrogates_stay_and_the_rest_converts(text, expected):
    assert opencc_convert(opencc_converter("t2s"), text) == expected
