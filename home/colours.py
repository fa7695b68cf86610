"""Colour arithmetic for the theme settings (WCAG 2.1 contrast ratio)."""

import re

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")

WHITE = "#ffffff"
# The body text colour of site/static/css/main.css.
TEXT_COLOUR = "#1b1b1b"
# WCAG 2.1 AA, success criterion 1.4.3, normal text.
AA_NORMAL_TEXT = 4.5


def _channel(value):
    value = value / 255
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def relative_luminance(colour):
    """Relative luminance of an ``#rrggbb`` colour as defined by WCAG 2.1."""
    if not HEX_COLOUR.match(colour):
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * _channel(red) + 0.7152 * _channel(green) + 0.0722 * _channel(blue)


def contrast_ratio(first, second):
    """The WCAG contrast ratio between two colours, from 1.0 to 21.0."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
