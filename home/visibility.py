"""What an anonymous reader may see of the documents and images.

Wagtail restricts documents and images by collection: a collection with a view
restriction (a password, logged-in users, some groups) hides its files and those of
every collection below it. Everything here ignores who asks: a file is public only if
no restriction applies to its collection, so a logged-in editor or a visitor who once
entered a password gets the same answer as everyone else (the site search and the
API show what everyone may see, and may be cached).

One query answers each question, whatever the number of restrictions.
"""

from django.db.models import Q
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction


def restricted_collections():
    """The collections with a view restriction and every collection below them."""
    paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    condition = Q()
    for path in set(paths):
        condition |= Q(path__startswith=path)
    if not condition:
        return Collection.objects.none()
    return Collection.objects.filter(condition)


def restricted_collection_ids():
    """The ids of :func:`restricted_collections`, as a set."""
    return set(restricted_collections().values_list("pk", flat=True))


def public_documents():
    """Documents outside collections with a view restriction (or below one)."""
    return get_document_model().objects.exclude(collection__in=restricted_collection_ids())


def public_images():
    """Images outside collections with a view restriction (or below one)."""
    return get_image_model().objects.exclude(collection__in=restricted_collection_ids())
