"""JSON-LD output is safe inside its script element."""

import json

from home.structured_data import to_json_ld


def test_json_ld_cannot_close_its_script_element():
    text = to_json_ld([{"name": "</script><script>alert(1)</script> & more"}])
    assert "</script>" not in text
    assert "<" not in text and "&" not in text
    assert json.loads(text) == [{"name": "</script><script>alert(1)</script> & more"}]
