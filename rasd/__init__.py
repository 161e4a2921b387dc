"""rasd: Arabic conflict news → ACLED-style events with evidence.

Public API: `process_article`, `process_many`, `Article`, `Event`.
"""
import logging

from rasd.model import Article, Event
from rasd.pipeline import process_article, process_many

logging.getLogger(__name__).addHandler(logging.NullHandler())

__all__ = ["Article", "Event", "process_article", "process_many"]
__version__ = "0.1.0"
