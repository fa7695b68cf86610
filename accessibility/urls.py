"""URLs of the accessibility app, inside the language prefix (config/urls.py includes them
before Wagtail's pages): ``/barriere-melden/`` and ``/en/barriere-melden/``."""

from django.urls import path

from accessibility import views

urlpatterns = [
    path("barriere-melden/", views.feedback, name="accessibility_feedback"),
    path("barriere-melden/danke/", views.thanks, name="accessibility_feedback_thanks"),
]
