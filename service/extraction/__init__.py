"""Quote extraction and speaker attribution: plain functions, no web framework."""

from .extractor import extract_quotes
from .gender import load_name_table
from .model import QUOTE_KINDS, Quote
from .text import normalize_quote_text

__all__ = ["QUOTE_KINDS", "Quote", "extract_quotes", "load_name_table", "normalize_quote_text"]
