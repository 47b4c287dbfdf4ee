"""Paste-in shop widgets (also bought, bestsellers, VIP banner) built from products only, safely escaped."""

from core.snippets.builders import KIND_LABELS, KINDS, Snippet, SnippetError, build_snippet, recommendation_map
from core.snippets.guide import paste_guide

__all__ = ["KIND_LABELS", "KINDS", "Snippet", "SnippetError", "build_snippet", "recommendation_map", "paste_guide"]
