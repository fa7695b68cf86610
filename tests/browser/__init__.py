"""Browser pass: Chromium, axe-core and the Nu HTML Checker against the live site."""
