"""File descriptions as readers know them: "PDF-Dokument (447,9 kB)"."""

import pytest
from django.utils import translation

from home.formats import file_description, file_size_label


@pytest.mark.parametrize(
    ("size", "german", "english"),
    [
        (447_900, "447,9 kB", "447.9 kB"),
        (535_500, "535,5 kB", "535.5 kB"),
        (2_400_000, "2,4 MB", "2.4 MB"),
        (2_450_001, "2,5 MB", "2.5 MB"),
        (999_960, "1,0 MB", "1.0 MB"),
        (950, "950 Byte", "950 bytes"),
    ],
)
def test_sizes_in_decimal_units_with_the_languages_separator(size, german, english):
    with translation.override("de"):
        assert file_size_label(size) == german
    with translation.override("en"):
        assert file_size_label(size) == english


def test_description_names_the_type():
    with translation.override("de"):
        assert file_description("flyer.pdf", 447_900) == "PDF-Dokument (447,9 kB)"
        assert file_description("Liste.XLSX", 12_000) == "Excel-Tabelle (12,0 kB)"
        assert file_description("daten.xyz", None) == "XYZ-Datei"
    with translation.override("en"):
        assert file_description("flyer.pdf", 447_900) == "PDF document (447.9 kB)"
