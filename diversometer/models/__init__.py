"""The Diversometer page and the aggregate counters of its runs."""

from .counters import CompletedRun, Counter
from .page import DiversometerPage

__all__ = ["CompletedRun", "Counter", "DiversometerPage"]
