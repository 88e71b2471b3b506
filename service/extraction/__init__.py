"""Quote extraction and speaker attribution: plain functions, no web framework."""

from .extractor import extract_quotes
from .model import QUOTE_KINDS, Quote
from .text import normalize_quote_text

__all__ = ["QUOTE_KINDS", "Quote", "extract_quotes", "normalize_quote_text"]
