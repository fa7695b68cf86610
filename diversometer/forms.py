"""The admin form of the Diversometer page: cross-field checks when publishing."""

from wagtail.admin.forms import WagtailAdminPageForm


class DiversometerPageForm(WagtailAdminPageForm):
    """Runs :func:`diversometer.validation.configuration_errors` unless saving a draft.

    Saving a draft defers required fields (``is_deferred_validation``), so editors can
    save a questionnaire half-built; publishing and submitting for moderation check
    everything, with each message at the block it concerns.
    """

    def clean(self):
        from diversometer.validation import configuration_errors

        cleaned_data = super().clean()
        if self.is_deferred_validation:
            return cleaned_data
        if not all(name in cleaned_data for name in ("mode", "dimensions", "questions")):
            return cleaned_data  # a field already has its own errors
        errors = configuration_errors(
            cleaned_data["mode"], cleaned_data["dimensions"], cleaned_data["questions"]
        )
        for name, error in errors.items():
            self.add_error(name, error)
        return cleaned_data
