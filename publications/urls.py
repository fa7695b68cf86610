"""URLs of the publications app, outside the language prefix (config/urls.py includes them)."""

from django.urls import path, re_path

from publications import serving, views

urlpatterns = [
    # Before Wagtail's own document URLs: the same view, plus byte ranges for videos.
    re_path(r"^documents/(\d+)/(.*)$", serving.serve_document, name="library_document_serve"),
    path("video-zustimmung/", views.video_consent, name="video_consent"),
]
