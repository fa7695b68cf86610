"""The document library: documents, publication pages, video pages and the library index."""

from .documents import LibraryDocument

__all__ = ["LibraryDocument"]
