from home.models.demo import DemoContentRecord
from home.models.pages import ContentPage, HomePage
from home.models.site_settings import FooterLink, SiteSettings

__all__ = ["ContentPage", "DemoContentRecord", "FooterLink", "HomePage", "SiteSettings"]
