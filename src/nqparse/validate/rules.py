"""The codes a validation finding can carry, each with its severity and meaning, and the
finding itself: the content rules, the layout rules and the schema check all report in it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel

from ..lexicon import rules

Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class RuleInfo:
    severity: Severity
    meaning: str


_YEARS = rules().years

RULES: dict[str, RuleInfo] = {
    "schema": RuleInfo("error", "the JSON does not fit the output schema: a missing or unknown field, a wrong type, "
                                "a value outside its list"),
    "indicator-number-duplicate": RuleInfo("error", "two indicators under one group carry the same number"),
    "indicator-number-gap": RuleInfo("warning", "indicator numbers skip, go back, or do not start at 1 "
                                                "(a restart at 1 in a new group is fine)"),
    "number-not-positive": RuleInfo("error", "a meeting ordinal, term or indicator number below 1"),
    "range-inverted": RuleInfo("error", "a range with min above max, or a tenure that ends before it starts"),
    "percent-over-100": RuleInfo("error", "a rate or share above 100% where neither the data nor its wording marks "
                                          "a growth or a ratio to a plan (tăng, so với, kế hoạch, dự toán, ...)"),
    "unit-unknown": RuleInfo("warning", "a target's unit is not in the units lexicon"),
    "date-invalid": RuleInfo("error", "a date of issue, meeting or reference that is not YYYY-MM-DD or does not "
                                      "exist (2021-02-30)"),
    "date-out-of-range": RuleInfo("error", f"a date of issue, meeting or reference before {_YEARS.earliest} or "
                                           "after next year"),
    "meeting-after-issue": RuleInfo("error", "an official document dated before the meeting it comes from"),
    "year-out-of-range": RuleInfo("error", f"a plan, theme, target or tenure year before {_YEARS.earliest} or "
                                           f"more than {_YEARS.horizon_years} years after next year"),
    "plan-year-far": RuleInfo("warning", f"the plan year is more than {_YEARS.plan_years_before_issue} years "
                                         f"before or {_YEARS.plan_years_after_issue} years after the year of issue"),
    "number-form": RuleInfo("error", "a số ký hiệu that fits neither the party form N-TYPE/BODY nor a state form "
                                     "N/TYPE-BODY, N/YEAR/TYPE-BODY, N/YEAR/QH13 or N/BODY-UNIT"),
    "number-system": RuleInfo("warning", "a party body's number in a state form, or a state body's in the party "
                                         "form"),
    "number-parts-mismatch": RuleInfo("error", "`type_code` or `body_code` differ from the codes in the number"),
    "number-kind-mismatch": RuleInfo("warning", "the number's type code names another kind of document"),
    "official-no-signature": RuleInfo("warning", "an official document (not an article) without a signature"),
    "official-no-recipients": RuleInfo("warning", "an official document (not an article) without a Nơi nhận list"),
    "recipients-no-archive": RuleInfo("warning", 'a Nơi nhận list without its archive line ("Lưu ...")'),
    "span-invalid": RuleInfo("error", "a span that ends before it starts or starts before 0"),
    "span-mismatch": RuleInfo("error", "with the text included: a span past its end, or one whose text does not "
                                       "hold the value it was read for"),
    "json-line": RuleInfo("error", "a line of a JSON Lines file that is not valid JSON or not an object; the other "
                                   "lines are still checked"),
    "result-year-not-past": RuleInfo("warning", "a result (results[]) for a year after the one the document was "
                                                "written in, or, in an undated resolution, plan, programme or "
                                                "directive, for the year it plans for or later"),
    "result-verdict-share": RuleInfo("warning", "a result whose verdict contradicts its share of the plan (vượt with "
                                                "under 100%, không đạt with over 100%)"),
    "heading-sequence": RuleInfo("warning", 'documents only: a numbered heading, item or table row out of '
                                            'sequence (two "II." in a row, a list opening at "II.")'),
}
"""Every code a finding can carry, with its severity and meaning (the README lists them)."""


class ValidationFinding(BaseModel):
    code: str
    severity: Severity
    path: str
    message: str


def finding(code: str, path: str, message: str) -> ValidationFinding:
    """A finding with the severity its code has in ``RULES``."""
    return ValidationFinding(code=code, severity=RULES[code].severity, path=path, message=message)
