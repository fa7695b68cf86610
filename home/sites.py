"""Several sites in one installation: which pages, collections and documents belong to a site.

A Wagtail site is a host name and port with a root page (a German HomePage). Its pages
are the descendants of that root and of the root's translations: the English home page
is a sibling of the German one under the tree root, not its child.

Pages are separated by the tree. Documents are not: Wagtail has one document library
for the whole installation. Here a document belongs to a site when

1. it is in the site's collection (``SiteSettings.collection``) or a collection below it;
2. the site is the default site and the document is in a collection that no *other*
   site claims; so an installation with one site, whose documents sit in the root
   collection, keeps every document, and a second site never sees them;
3. or a live, public page of the site uses it: a document chooser, a document link in
   rich text, a publication's files (Wagtail's reference index, which records every
   reference of every page; kept up to date by a task after each save).

Documents in a collection with a view restriction are never listed, whoever claims them
(:mod:`home.visibility`).
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.documents import get_document_model
from wagtail.models import Collection, Page, ReferenceIndex, Site

from home.visibility import public_documents


def root_pages(site):
    """The site's root page and its translations (one per language tree)."""
    return list(site.root_page.get_translations(inclusive=True).only("pk", "path", "locale"))


def in_site(site, roots=None, prefix=""):
    """A ``Q`` for the pages of ``site``'s trees, the roots included.

    For ``Page`` querysets; with ``prefix`` (``"page__"``) for a model that links a page.
    """
    condition = Q(**{f"{prefix}pk__in": []})
    for root in roots if roots is not None else root_pages(site):
        condition |= Q(**{f"{prefix}path__startswith": root.path})
    return condition


def site_pages(site):
    """Every page of ``site`` in every language, live or not."""
    return Page.objects.filter(in_site(site))


def _subtree_ids(collection):
    return set(collection.get_descendants(inclusive=True).values_list("pk", flat=True))


def collection_ids(site):
    """Ids of the collections whose documents belong to ``site`` (rules 1 and 2)."""
    from home.models import SiteSettings

    claims = {
        row.site_id: row.collection
        for row in SiteSettings.objects.exclude(collection=None).select_related("collection")
    }
    ids = _subtree_ids(claims[site.pk]) if site.pk in claims else set()
    if site.is_default_site:
        others = set()
        for site_id, collection in claims.items():
            if site_id != site.pk:
                others |= _subtree_ids(collection)
        ids |= set(Collection.objects.exclude(pk__in=others).values_list("pk", flat=True))
    return ids


def used_ids(site, model):
    """Ids of the ``model`` rows (documents, images) that live, public pages of ``site``
    use (rule 3)."""
    pages = (
        site_pages(site)
        .live()
        .public()
        .annotate(key=Cast("pk", output_field=CharField()))
        .values("key")
    )
    ids = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(model),
            object_id__in=pages,
        )
        .values_list("to_object_id", flat=True)
        .distinct()
    )
    return {int(pk) for pk in ids if pk.isdigit()}


def used_document_ids(site):
    """Ids of the documents that live, public pages of ``site`` use (rule 3)."""
    return used_ids(site, get_document_model())


def site_files(site, files):
    """``files`` (documents or images) narrowed to those that belong to ``site``.

    The rules of the module docstring: the site's collections (rules 1 and 2) or used by
    its live, public pages (rule 3). Without a site nothing is narrowed. The filters are
    plain ``collection`` and ``id`` lookups, so search backends, which filter on indexed
    fields only, accept them.
    """
    if site is None:
        return files
    owned = collection_ids(site)
    used = used_ids(site, files.model)
    condition = Q()
    if owned:
        condition |= Q(collection_id__in=sorted(owned))
    if used:
        condition |= Q(pk__in=sorted(used))
    if not condition:
        return files.none()
    return files.filter(condition)


def site_documents(site, documents=None):
    """The public documents that belong to ``site`` (see the module docstring).

    ``documents`` narrows a queryset (default: every public document,
    :func:`home.visibility.public_documents`); without a site (a request for an unknown
    host and no default site) nothing is narrowed.
    """
    return site_files(site, public_documents() if documents is None else documents)


def several_sites():
    """True when the installation serves more than one site."""
    return Site.objects.count() > 1
