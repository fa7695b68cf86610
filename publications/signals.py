"""Extract a document's text whenever its file is new."""

from django.db.models.signals import post_init, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model

from publications.tasks import schedule_extraction


@receiver(post_init)
def remember_file(sender, instance, **kwargs):
    if sender is get_document_model():
        instance._file_name_at_load = instance.file.name if instance.file else ""


@receiver(post_save)
def extract_new_files(sender, instance, created, update_fields=None, raw=False, **kwargs):
    if sender is not get_document_model():
        return
    if raw:
        # loaddata: the rows come with their extracted fields (and maybe without files).
        return
    if update_fields is not None and "file" not in update_fields:
        return
    file_changed = created or instance.file.name != getattr(instance, "_file_name_at_load", "")
    instance._file_name_at_load = instance.file.name
    if file_changed:
        schedule_extraction(instance)
