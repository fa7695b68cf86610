from networks.models.best_practice import BestPracticeIndexPage, BestPracticePage
from networks.models.events import EventIndexPage, EventPage
from networks.models.networks import NetworkPage
from networks.models.organisations import Organisation

__all__ = [
    "BestPracticeIndexPage",
    "BestPracticePage",
    "EventIndexPage",
    "EventPage",
    "NetworkPage",
    "Organisation",
]
