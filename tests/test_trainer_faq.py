"""A trainer's own FAQ file (fees, dates, venue of their evaluation body) is answered with that file
as the source once it is ingested and the advisor reloaded; before that, such questions are refused."""
from __future__ import annotations

from bot.answering.advisor import Advisor
from bot.index.ingest import ingest
from bot.settings import PROJECT_ROOT
from tests.conftest import make_settings
from tests.knowledge_fixtures import write_mini_knowledge

TRAINER_FAQ = """title_zh: 某某评价机构考务问答
title_en: Example evaluation body exam FAQ
source: "某某职业技能评价中心（示例）"
entries:
  - id: fee-l4
    intent: certificate
    questions:
      zh: ["直播销售员四级考试费用是多少？", "考四级要交多少钱？"]
      en: ["How much is the level 4 exam fee?", "What does the level-4 exam cost?"]
    answer:
      zh: "本中心直播销售员四级考试费为680元（含理论与技能考核）。"
      en: "At our centre the level 4 Live-streaming Salesperson exam costs 680 yuan (theory and skills test)."
    sources:
      - {title_zh: "某某评价中心2026年收费公示", title_en: "Example centre 2026 fee notice", source: "某某职业技能评价中心", section: ""}
"""


def test_trainer_faq_answers_fee_questions_after_reload(tmp_path):
    knowledge = write_mini_knowledge(tmp_path / "knowledge")
    settings = make_settings(tmp_path, knowledge_dir=knowledge, rules_file=PROJECT_ROOT / "knowledge" / "rules" / "eligibility.yaml")
    ingest(settings, progress=False)
    advisor = Advisor.from_settings(settings)
    before = advisor.answer("四级考试要多少钱？")
    assert before.refused and "680" not in before.text

    (knowledge / "faq" / "my-centre.yaml").write_text(TRAINER_FAQ, encoding="utf-8")
    report = ingest(settings, progress=False)
    assert report.changed
    advisor.reload()
    after = advisor.answer("四级考试要多少钱？")
    assert not after.refused
    assert "680" in after.text
    assert any("收费公示" in s.title for s in after.sources)
    english = advisor.answer("How much does the level 4 exam cost?")
    assert "680" in english.text and not english.refused
