"""The document library: documents, publication pages, video pages and the library index."""

from .documents import LibraryDocument
from .pages import (
    PublicationDocument,
    PublicationIndexPage,
    PublicationLanguage,
    PublicationPage,
    PublicationType,
)
from .video import VideoPage

__all__ = [
    "LibraryDocument",
    "PublicationDocument",
    "PublicationIndexPage",
    "PublicationLanguage",
    "PublicationPage",
    "PublicationType",
    "VideoPage",
]
