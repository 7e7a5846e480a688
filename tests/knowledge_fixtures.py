"""Small knowledge folders written on the fly, for ingest and loader tests."""
from __future__ import annotations

from pathlib import Path

ZH_DOC = """---
doc_id: mini-levels
title: 等级说明
language: zh
source: "测试来源"
date: "2021-12-02"
reliability: high
---
## 等级

互联网营销师共设五个等级，一级/高级技师最高。

平台管理员只设三个等级：五级、四级和三级。
"""

EN_DOC = """---
doc_id: mini-levels
title: Levels
language: en
source: "test source"
date: "2021-12-02"
reliability: high
---
## Levels

The Internet Marketer standard has five levels; level 1 (senior technician) is the highest.

Platform administrators have only three levels: 5, 4 and 3.
"""

FAQ = """title_zh: 测试问答
title_en: Test FAQ
source: "test"
entries:
  - id: training-hours-l5
    intent: career
    questions:
      zh: ["五级培训要多少学时？"]
      en: ["How many training hours for level 5?"]
    answer:
      zh: "五级/初级工的培训参考学时不少于120标准学时。"
      en: "Level 5 training takes at least 120 standard hours."
    sources:
      - {title_zh: "标准", title_en: "Standard", source: "http://example.org", section: "1.8"}
"""

# A one-page PDF with the text "Level 5 needs 120 hours" (Helvetica), written by hand.
def minimal_pdf(text: str = "Level 5 needs 120 training hours") -> bytes:
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write_mini_knowledge(root: Path) -> Path:
    (root / "standard").mkdir(parents=True, exist_ok=True)
    (root / "faq").mkdir(exist_ok=True)
    (root / "standard" / "levels.zh.md").write_text(ZH_DOC, encoding="utf-8")
    (root / "standard" / "levels.en.md").write_text(EN_DOC, encoding="utf-8")
    (root / "faq" / "faq.yaml").write_text(FAQ, encoding="utf-8")
    (root / "notes.txt").write_text("直播销售员是互联网营销师的一个工种。\n\n选品员负责选品。", encoding="utf-8")
    return root
