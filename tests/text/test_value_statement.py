"""The value statement suggested from a value proposition's fields, in both languages."""

from __future__ import annotations

from canvas_app.text.value_statement import suggest_statement


def test_japanese_statement_from_every_part():
    text = suggest_statement("機構設計者", ["試作待ち", "公差"], ["最短5営業日の試作"], ["開発スピード"],
                             ["VA/VE提案"], ["Quick Proto", "量産部品"], "ja")
    assert text == "機構設計者の『試作待ち』を最短5営業日の試作で解消し、『開発スピード』をVA/VE提案で実現する" \
                   "Quick Proto・量産部品"


def test_english_statement_from_every_part():
    text = suggest_statement("Heads of E-commerce", ["Margin seen at month-end"], ["daily margins"],
                             ["credibility with the CFO"], ["playbooks"], ["Brightline Core"], "en")
    assert text == ("For Heads of E-commerce who struggle with “Margin seen at month-end”, Brightline Core offers "
                    "daily margins and playbooks, so they get “credibility with the CFO”.")


def test_several_products_are_joined_and_take_the_plural():
    text = suggest_statement("buyers", [], ["fast quotes"], [], [], ["A", "B", "C"], "en")
    assert text == "For buyers, A, B and C offer fast quotes."


def test_nothing_to_build_from_gives_no_suggestion():
    assert suggest_statement("Anyone", [], [], [], [], [], "en") == ""
    assert suggest_statement("誰か", ["", "  "], [""], [], [], [" "], "ja") == ""


def test_missing_persona_name_and_blank_entries_are_skipped():
    assert suggest_statement("", ["", "待ち時間"], [], [], [], [], "ja") == "お客様の『待ち時間』を解消します。"
    assert suggest_statement(" ", [], [], ["time"], [], [], "en") == "For our customers, so they get “time”."


def test_japanese_without_pain_or_gain_names_what_is_offered():
    assert suggest_statement("通勤客", [], [], [], [], ["モーニングセット"], "ja") == "通勤客のためのモーニングセット"
    assert suggest_statement("通勤客", [], ["セルフレジ"], [], ["日替わりサンド"], [], "ja") == \
        "通勤客のセルフレジで課題を解消し、日替わりサンドで成果を実現します。"


def test_only_products_in_english():
    assert suggest_statement("families", ["sold out"], [], [], [], ["Bread"], "en") == \
        "For families who struggle with “sold out”, we offer Bread."
