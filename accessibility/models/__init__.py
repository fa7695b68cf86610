from accessibility.models.feedback import FeedbackReport
from accessibility.models.formats import EasyLanguagePage, SignLanguagePage
from accessibility.models.statement import AccessibilityStatementPage

__all__ = [
    "AccessibilityStatementPage",
    "EasyLanguagePage",
    "FeedbackReport",
    "SignLanguagePage",
]
