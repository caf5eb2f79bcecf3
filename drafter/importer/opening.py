"""A report's opening paragraph read back into its fields: the documents it was written under
(按照《……》要求), the self-assessed score and the transition (现将……报告如下), so that the rebuilt
opening says the same.
"""

from __future__ import annotations

import re



_TRANSITION = re.compile(r"(现将[^。；：]*?如下|具体[^。；：]*?如下|[^。；，]*?报告如下)[：:。]$")
_CITATION = re.compile(r"^(按照|根据|依据)((?:[^《》，。]*《[^》]*》(?:（[^）]*）)?、?)+)要求，")
_NOTICE = re.compile(r"([^《》、]*)《([^》]*)》(?:（([^）]*)）)?")
_SCORE = re.compile(r"，自评得分为(\d+(?:\.\d+)?)分$")


def opening_fields(text: str) -> dict:
    """The opening's notices, own words, self-score and transition, as the opening fragment takes them."""
    fields: dict = {}
    transition = _TRANSITION.search(text)
    if transition:
        fields["transition"] = transition.group(0)
        text = text[:transition.start()]
    citation = _CITATION.match(text)
    if citation:
        fields["basis"] = citation.group(1)
        fields["notices"] = [_notice(m) for m in _NOTICE.finditer(citation.group(2))]
        text = text[citation.end():]
    score = _SCORE.search(text.rstrip("。"))
    if score:
        fields["self_score"] = float(score.group(1)) if "." in score.group(1) else int(score.group(1))
        text = text.rstrip("。")[:score.start()]
    if text:
        fields["opening"] = text
    return fields


def _notice(match: re.Match) -> dict:
    notice = {"issuer": match.group(1).strip("、"), "title": match.group(2)}
    if match.group(3):
        notice["number"] = normal_wenhao(match.group(3))
    return notice


_WENHAO_YEAR = re.compile(r"[\[［【(（〔]\s*(\d{4})\s*[\]］】)）〕]")


def normal_wenhao(number: str) -> str:
    """A 文号 as GB/T 9704 writes it: the year in 〔〕, no spaces (X教督[2023] 5 号 → X教督〔2023〕5号)."""
    return re.sub(r"\s+", "", _WENHAO_YEAR.sub(r"〔\1〕", number))


def with_normal_wenhao(text: str) -> str:
    """``text`` with the 文号 of each cited notice (the （…） after a 《…》) written as ``normal_wenhao`` does."""
    return re.sub(r"》（([^（）]*(?:（[^（）]*）[^（）]*)*)）", lambda m: "》（" + normal_wenhao(m.group(1)) + "）", text)


def rendered_opening(fields: dict) -> str | None:
    """What the opening fragment makes of ``fields``: the same template the build uses."""
    from drafter.assemble.compose import as_data, environment
    from drafter.assemble.parse import parse

    context = {"basis": "按照", "notices": [], "transition": "现将有关情况报告如下："}
    context.update(fields)
    markup = environment().get_template("fragments/opening.j2").render(as_data(context))
    body = parse(markup).body
    return body[0].text if body else None
