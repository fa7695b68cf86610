from home.models.demo import DemoContentRecord
from home.models.pages import ContentPage, HomePage
from home.models.site_settings import FooterLink, SiteSettings
from home.models.topic_index import TopicIndexPage
from home.models.topics import PageTopic, Topic, TopicsMixin

__all__ = [
    "ContentPage",
    "DemoContentRecord",
    "FooterLink",
    "HomePage",
    "PageTopic",
    "SiteSettings",
    "Topic",
    "TopicIndexPage",
    "TopicsMixin",
]
