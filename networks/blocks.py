"""Blocks of the networks app: the contact stream of networks, events and good practice."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import ContactPersonBlock


class ContactsBlock(blocks.StreamBlock):
    """One or more contact persons, each rendered by the shared ContactPersonBlock."""

    contact_person = ContactPersonBlock()

    class Meta:
        label = _("Ansprechpersonen")
