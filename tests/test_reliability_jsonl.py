"""Issue 9, point 7: `ask --jsonl` answers every line or says what is wrong with it, in order, and
the stream goes on; a line that is not an object or has no string "question" is an error object."""
from __future__ import annotations

import json

from tests.reliability_support import cli

LINES = [
    '{"id": 1, "question": "什么是互联网营销师？"}',
    "[1, 2]",
    "42",
    "null",
    '{"id": 5}',
    '{"id": 6, "question": 7}',
    '{"id": 7, "question": null}',
    "not json at all",
    '"just a string"',
    '{"id": 10, "question": "How many skill levels are there?"}',
]


def test_every_line_gets_an_answer_or_an_error_and_the_stream_goes_on(test_settings, built_index):
    result = cli(test_settings, "ask", "--jsonl", stdin="\n".join(LINES) + "\n")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr[-3000:]
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(out) == len(LINES)
    answered = [i for i, item in enumerate(out) if "error" not in item]
    assert answered == [0, 9]
    assert out[0]["id"] == 1 and out[9]["id"] == 10 and out[9]["answer"]
    assert all("JSON object" in out[i]["error"] for i in (1, 2, 3, 8))
    assert [out[i]["id"] for i in (4, 5, 6)] == [5, 6, 7]
    assert all('"question"' in out[i]["error"] for i in (4, 5, 6))
    assert "invalid JSON" in out[7]["error"]
    assert not any(item.get("question") in ("None", "7") for item in out)
