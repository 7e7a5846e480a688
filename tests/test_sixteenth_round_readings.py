"""Added in the sixteenth round: readings of how people say things. A which-level question with no subject
("能报几级？") is the asker's own; who issues the certificate, asked in few words; a second question about the
certificate asked in English beside the asker's case."""
from __future__ import annotations

import pytest

from tests.test_answer_plan import ask


@pytest.mark.parametrize("text", ["能报几级？", "報到幾級？", "能考哪个级别"])
def test_a_which_level_question_with_no_subject_asks_for_the_askers_facts(advisor, text):
    answer, _ = ask(advisor, text)
    # the facts that decide it are asked for, not a neighbouring entry (students, "the most useful level")
    assert answer.intent == "eligibility" and "多少年" in answer.text
    assert "视院校和专业而定" not in answer.text and "最有用" not in answer.text


@pytest.mark.parametrize("text", ["选品员能报几级", "平台管理员最高能考几级"])
def test_a_which_level_question_about_a_job_type_stays_a_question_of_fact(advisor, text):
    answer, _ = ask(advisor, text)
    assert "请告诉我" not in answer.text


def test_a_which_level_question_beside_a_certificate_question_gets_both(advisor):
    answer, _ = ask(advisor, "能报几级？另外证书全国通用吗")
    assert "请告诉我" in answer.text and "全国" in answer.text


def test_who_issues_and_how_to_verify_in_few_words_get_their_own_entries(advisor):
    answer, _ = ask(advisor, "谁发证？怎么查真假？")
    assert "备案的用人单位或社会培训评价组织" in answer.text  # who issues it
    assert "证书编号" in answer.text  # how to look it up


def test_a_certificate_question_asked_in_english_beside_the_askers_case_is_answered(advisor):
    answer, _ = ask(advisor, "I've done live selling 3 yrs", "what level can I take, and is the cert valid nationwide?")
    assert "Level 5" in answer.text and "province" in answer.text
