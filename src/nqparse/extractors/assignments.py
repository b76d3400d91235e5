"""Which bodies are assigned which tasks.

Triggers: "Giao X ...", "Chỉ đạo X ...", "X chịu trách nhiệm / có trách nhiệm ...", and, in
the directive parts of an official document, a sentence whose subject is a body ("Ủy ban nhân
dân quận tập trung ..."; every numbered point of "Tổ chức thực hiện" reads this way).

A list of bodies is read by ``read_bodies``: each body opens with a known head word
(lexicon ``bodies.assignee_heads``) and runs on through modifiers and capitalised words;
bodies are separated by commas, "và" and "cùng". So "các quận ủy, huyện ủy, đảng ủy trực
thuộc tổ chức thực hiện" gives three bodies and the task "tổ chức thực hiện".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

import regex

from ..lexicon import alternation, bodies, divisions, document_titles, document_types, meetings
from ..mentions import Mentions
from ..normalize import fold
from ..phrases.bodies import (
    ENDS_IN_LOCALITY,
    LAST_WORD,
    LOCALITY,
    LOCALITY_SPAN,
    NEXT_WORD,
    SEPARATOR,
    BodyList,
    body_names,
    cut_mid_name,
    described_to_clause_end,
    head_pattern,
    opener_pattern,
    read_bodies,
    share_locality,
    task_verb_pattern,
)
from ..phrases.lazy import lazy, lazy_regex
from ..phrases.measures import opening_link
from ..phrases.terms import YEAR, term_years
from ..phrases.text import (
    caption,
    expand_abbreviations,
    holds_any,
    sentences,
    squash,
    trimmed,
    word_starts,
)
from ..records import LEVELS, At, record
from ..segment import HEADING_NAME, Block, Layout, Role, heading_roles
from .issuer import level_of

# "Giaocho Sở ...": a web copy may have lost the space
# "giao nhiệm vụ cho Ban Tuyên giáo ...": the task named before its bodies; "đặt hàng, giao nhiệm
# vụ cho" is how public services are procured, a mechanism and no assignment
# "hội nghị giao ban Bí thư các chi bộ", "họp giao ban tháng 11": a briefing meeting (giao ban),
# and no giving of a task ("Hội nghị giao Ban Thường vụ ..." still gives one)
_BRIEFING = (rf"(?<=(?:{alternation(meetings().gatherings)})\s{{1,3}})giao\s+ban\s+"
             rf"(?:{alternation(meetings().briefing_after)})(?!\p{{L}})")
_GIAO = regex.compile(rf"(?<![\p{{L}}])(?<!đặt hàng,?\s{{1,3}})(?!{_BRIEFING})giao(?:\s+nhiệm vụ\s+cho|\s*cho)?\s+")
_CHI_DAO = regex.compile(r"(?<![\p{L}])chỉ đạo\s+")
# a request is a task too: "Đề nghị Viện Kiểm sát nhân dân tỉnh phối hợp ...", "yêu cầu các sở ..."
# ... but "Kính đề nghị Bộ Công an xem xét" closing a report asks a superior, and gives no task
_DE_NGHI = regex.compile(r"(?<![\p{L}])(?<!kính\s)đề nghị\s+")
_YEU_CAU = regex.compile(r"(?<![\p{L}])yêu cầu\s+")
# (pattern, trigger, where it assigns, and the words it opens with: a sentence without them is
# not searched). A "Kiến nghị" section or a press report that asks the centre for something
# ("đề nghị Trung ương ...") assigns nothing; a leader's "yêu cầu" in a press report directs the
# bodies under them ("Bí thư Huyện ủy yêu cầu các địa phương ..."), and so does "đề nghị" there
# when it asks no central body ("Tôi đề nghị các cấp, các ngành ...")
_Where = Literal["anywhere", "directive or press below", "directive or press"]
_TRIGGERS: tuple[tuple[regex.Pattern[str], str, _Where, tuple[str, ...]], ...] = (
    (_GIAO, "giao", "anywhere", ("giao",)), (_CHI_DAO, "chỉ đạo", "anywhere", ("chỉ đạo",)),
    (_DE_NGHI, "đề nghị", "directive or press below", ("đề nghị",)),
    (_YEU_CAU, "đề nghị", "directive or press", ("yêu cầu",)))
_TRIGGER_OPENINGS = tuple(w for *_, opens in _TRIGGERS for w in opens)
# the enacting clause ("Điều 1. Quy định ... như sau:") opens the rules and assigns nothing
# the first article of a text in articles: what stands before it grounds and enacts the text
# ("Căn cứ ...", "Xét Tờ trình ...", "Hội đồng nhân dân tỉnh ban hành Nghị quyết ...")
_FIRST_ARTICLE = re.compile(rf"(?:{divisions(parts=False)})\s+1\b")
_ENACTING = re.compile(r"(?:quy định|như)\s+sau\s*:?\s*$")
_JOINED = lazy(r"\s+(?:và|cùng)\s")
_ASKS = lazy(r"(?<!\w)(?:đề nghị|yêu cầu|giao)\s")
# a body or a post of the centre: a ministry, the prime minister, or one the level words call
# central ("chính phủ", "quốc hội")
_CENTRAL_POSTS = alternation(bodies().central_posts, spaces=r"\s+")
_CENTRAL = re.compile(rf"(?<!\w)(?:các\s+)?(?:phó\s+)?(?:bộ(?=[\s,;])|ban\s+bí\s+thư|{_CENTRAL_POSTS}|"
                      rf"{alternation(w for w, lv in bodies().level_words.items() if lv == 'central')})")
# the words a unit needs for any trigger to read it; where each stands is found once per text
# (str.find, at memory speed) and each unit asks by bisection instead of searching its text
_TRIGGER_WORDS = ("giao", "chỉ đạo", "trách nhiệm", "thi hành", "đề nghị", "yêu cầu")
# a report of what was done ("tiếp tục được kiện toàn", "cũng đã chỉ đạo") assigns nothing
_REPORTED = lazy(r"(?:\S+\s+){0,2}(?:được|đã|bị)\b")
# the issuing body stating its own decision is not an assignment
# ("Hội đồng nhân dân tỉnh giao ...", "Ủy ban nhân dân tỉnh yêu cầu ..."): the task is another's
_OWN_DECISION = lazy(r"(?:nhất trí|thống nhất|quyết nghị|kết luận|ghi nhận|đánh giá|biểu dương|thông qua|"
                              r"giao|yêu cầu|đề nghị|thông báo|"
                              r"đã|được|là|vẫn|đều|bị|chưa|còn|của)\b")
# what was done, and the views and aims a plan starts from, assign nothing
_REQUESTS_HEADING = lazy(r"kiến nghị|đề nghị|đề xuất")
_NOT_DIRECTIVE: frozenset[Role] = frozenset({"results", "aims"})  # a report, or the aims and grounds
_LEADING_MARKS = re.compile(r"[-–+•\s]*")
_OPEN_QUOTES = ("“", '"')
_QUOTE_IN = lazy(r"[“\"]")

@record
class Task:
    """Bodies given a task: their names as written, the task, the wording that gives it
    ("giao", "chịu trách nhiệm", "đề mục" for a heading that names them), and where."""

    bodies: tuple[str, ...]
    task: str
    trigger: str
    at: At


@record
class Unit:
    """A paragraph as written: a block and the hard-wrapped lines that go on from it; where its
    content starts (after its first block's marker) and where its last block ends, kept: the
    loops over a document's paragraphs ask them at every step."""

    blocks: tuple[Block, ...]
    start: int
    end: int

    @property
    def first(self) -> Block:
        return self.blocks[0]


_SENTENCE_CLOSE = tuple(".;:!?")
_LIST_LEVEL = 6  # "a)" items: segment calls them headings, but they wrap like paragraphs


def units(layout: Layout) -> list[Unit]:
    """The blocks joined into paragraphs where a line was broken inside a sentence or a heading."""
    # once per document: whether the source has bold at all (a search of the whole source),
    # and which blocks are table rows (each block is asked as the line above and below)
    src = layout.text.source.text
    bold = "*" in src and "**" in src  # one character is looked for far faster than two
    rows = {b.index for b in layout.blocks if _is_row(b.text)}
    groups: list[list[Block]] = []
    for block in layout.blocks:
        if groups and _continues(layout, groups[-1], block, rows, bold):
            groups[-1].append(block)
        else:
            groups.append([block])
    return [Unit(tuple(g), g[0].content_start, g[-1].end) for g in groups]


def _continues(layout: Layout, group: list[Block], block: Block, rows: set[int], bold: bool) -> bool:
    """True when ``block`` goes on the paragraph ``group``, cut where its last line broke."""
    prev = group[-1]
    if block.zone != prev.zone or block.marker is not None or block.kind in ("label", "bullet", "item"):
        return False
    if prev.index in rows or block.index in rows:
        return False
    emphasis = bold and _emphasis_open(layout, group[0], prev)
    if block.blank_before and not emphasis:
        return False
    if prev.text.rstrip().endswith(_SENTENCE_CLOSE) and not emphasis:
        return False
    if (prev.kind == "heading" and prev.level < _LIST_LEVEL) or block.kind == "heading":
        # "1. Sở Y tế" over "Chủ trì ...": a heading goes on only where it is visibly unfinished,
        # as "Điều 3. Giao" is over "Sở Kế hoạch và Đầu tư chủ trì ...": its trigger, then a body's
        # name on the next line ("2. Đề xuất lãnh đạo UBND tỉnh chỉ đạo" over "Qua phân tích ..." is whole)
        return emphasis or block.text[:1].islower() or _trigger_wrapped(layout.text.folded, prev, block)
    return True


_TRIGGER_LAST = lazy(r"(?<!\w)(?:giao|yêu cầu|đề nghị|chỉ đạo)[ \t]*$")


def _trigger_wrapped(folded: str, prev: Block, block: Block) -> bool:
    """``prev`` ends in a word that gives a task and ``block`` opens with the body it gives it to."""
    return _TRIGGER_LAST.search(folded, prev.start, prev.end) is not None \
        and head_pattern().match(folded, block.content_start, block.end) is not None


_ROW_OPEN = lazy(r"\|\s")
_ROW_CLOSE = lazy(r"\s\|")


def _is_row(line: str) -> bool:
    """A rendered table row: cells joined by " | ", or a one-cell row opened or closed by its bar."""
    # the line's two first and two last characters: a pattern searched along a paragraph
    # would try every character of it
    return "|" in line and (_has_cells(line) or _ROW_OPEN.fullmatch(line[:2]) is not None
                            or _ROW_CLOSE.fullmatch(line[-2:]) is not None)


def _emphasis_open(layout: Layout, first: Block, last: Block) -> bool:
    """True when the lines ``first`` to ``last`` open bold ("**1. Sở") and leave it open."""
    src = layout.text.source.text
    start = layout.text.to_source(first.start)
    end = layout.text.to_source(max(last.start, last.end - 1)) + 1
    line_start = src.rfind("\n", 0, start) + 1
    line_end = src.find("\n", end)
    return src.count("**", line_start, len(src) if line_end < 0 else line_end) % 2 == 1


def extract_assignments(layout: Layout, mentions: Mentions, kind: str, issuer: str | None = None) -> tuple[Task, ...]:
    text, folded = layout.text.text, layout.text.folded
    out: list[Task] = []
    seen: set[tuple[int, int]] = set()
    assigned_ends: set[int] = set()  # where each list of bodies given a task ends

    def add(bodies: BodyList, task_start: int, sent_end: int, trigger: str, start: int,
            before: tuple[str, ...] = (), follows: int | None = None) -> None:
        names = [*before, *body_names(text, bodies)]
        ts, te = trimmed(text, task_start, _task_end(folded, mentions, task_start, sent_end, names[:1]))
        if te <= ts and follows is not None and text[:sent_end].rstrip().endswith(":"):
            # "Đề nghị các sở, ban, ngành:" over the list of what they are asked to do
            ts, te = trimmed(text, *(_items_after(paragraphs, follows) or (ts, te)))
        key = (start, bodies.end)
        if key in seen or not names or te <= ts:
            return
        seen.add(key)
        assigned_ends.add(bodies.end)
        out.append(Task(tuple(names), squash(text[ts:te]), trigger, At(start, max(te, bodies.end))))

    official = kind not in ("article", "unknown")
    # a report tells what was done and a decision's rules state who may do what: their text
    # gives tasks only under a heading that says so ("Phương hướng, nhiệm vụ", "Tổ chức thực hiện")
    reports = kind in _STATES_NOT_DIRECTS
    # a decision's own "Nơi nhận" comes first: the rules and forms it attaches follow it
    signed_at = next((b.start for b in layout.blocks if b.kind == "label"), len(text))
    paragraphs = units(layout)
    heading_text = _heading_texts(layout, paragraphs)
    # "Ủy ban nhân dân tỉnh yêu cầu:" over the numbered points of a directive or a letter: each
    # point that names a body gives it the tasks below, as a "Tổ chức thực hiện" heading would
    requested_from = len(text) if reports or not official else _request_lead_end(layout, paragraphs)
    preamble_end = next((b.start for b in layout.blocks if b.kind == "heading" and b.zone == "body"
                         and _FIRST_ARTICLE.match(b.text)), 0)
    named_heads: set[int] = set()  # headings that named the bodies their points are given to
    parts: dict[tuple[tuple[int, ...], bool, bool], bool] = {}

    def in_part(block: Block, named: bool, requests: bool = True) -> bool:
        """``_in_directive_part``, told once for all the blocks under the same headings."""
        key = (block.parents, named, requests)
        if key not in parts:
            parts[key] = _in_directive_part(layout, block, heading_text, named=named, requests=requests)
        return parts[key]

    trigger_words = word_starts(folded, _TRIGGER_WORDS)
    answerable = _answerable_leads(layout, paragraphs, heading_text) if official else ((), frozenset())
    pointed = () if official else _press_points(layout, paragraphs)
    # a press report that opens sentences on two years ("Năm 2025, ..." then "Năm 2026, xã phấn đấu
    # ...") reviews the earlier: what its sentences tell of that year was done
    ahead = 0 if official else max((int(y) for y in _YEAR_OPENINGS.findall(folded)), default=0)
    for n, unit in enumerate(paragraphs):
        block = unit.first
        if block.zone == "footer" or (block.zone == "header" and (official or not _told(unit))) \
                or _has_cells(block.text) or unit.end <= preamble_end \
                or (not official and caption(text, unit.start, unit.end, ("credited",))):
            continue
        directive = official and block.zone == "body" \
            and (in_part(block, reports, not reports)
                 or _under_lead(answerable, unit, block))
        # headings that name bodies are read as such only where a heading says tasks are given:
        # a report's headings ("Đơn vị sự nghiệp thuộc Sở") name the groups it ranks
        if directive and (unit.start >= requested_from
                          or in_part(block, True, not reports)):
            labelled = labelled_assignment(layout, paragraphs, n, requested=unit.start >= requested_from)
            if labelled is not None:
                out.extend(labelled)
                if labelled and block.kind == "heading":
                    named_heads.add(block.index)
                continue
        # under "2. Sở Nông nghiệp và Môi trường", "Chỉ đạo cơ quan chuyên môn ...", "yêu cầu các
        # đơn vị ..." are the Sở's tasks: the bodies it directs are no assignees of the document
        under_named = not named_heads.isdisjoint(block.parents)
        # a press report's points under a leader's "... công việc trọng tâm ..., cụ thể như sau:"
        point = any(ps <= unit.start < pe for ps, pe in pointed)
        if not directive and not point and (kind == "bao_cao" or (reports and unit.start > signed_at)
                              or not (holds_any(trigger_words, unit.start, unit.end)
                                      or (not official and (_QUOTE_IN.search(text, unit.start, unit.end)
                                                            or _URGING.search(folded, unit.start, unit.end))))):
            # outside the directive parts only the trigger words assign: in a report nothing, and
            # in the rules a decision attaches after its footer nothing either
            continue
        # a unit without a trigger word has none in its sentences: their trigger searches are skipped
        triggers = _TRIGGERS if not directive or holds_any(trigger_words, unit.start, unit.end) else ()
        # a press report's running text may urge bodies on with no trigger word: looked for once a unit
        urging = not official and block.kind == "paragraph" and _URGING.search(folded, unit.start, unit.end) is not None
        listed: tuple[str, ...] = ()  # "Chánh Văn phòng UBND tỉnh, Thủ trưởng các sở; Chủ tịch ... chịu trách nhiệm"
        asked: str | None = None  # the trigger word that opened the list going on ("yêu cầu A; B; C thực hiện")
        read_to = 0  # where a list read past its sentence's ';' ends: the sentences it holds are read
        for s, e in sentences(text, unit.start, unit.end):
            if s < read_to:
                continue
            before, listed = listed, ()
            asking, asked = asked, None
            if folded.find("sau", s, e) >= 0 and _ENACTING.search(folded, s, e) \
                    and not _ASKS.search(folded, s, e):  # the pattern needs "sau"
                # "... quy định như sau:" opens the rules; it gives no task, where "đề nghị Ủy ban
                # nhân dân tỉnh tập trung ... như sau:" does
                continue
            if ahead and _reviewed_year(folded, s, e, ahead):
                continue  # "Năm 2025, Đảng ủy, UBND xã tập trung chỉ đạo ..." in a report that plans 2026
            # ... unless the sentence names who asks: "Ủy ban nhân dân tỉnh yêu cầu ..." after the last point
            subject = _clause_start(text, s, e)
            own_point = bool(triggers) and under_named and mentions.bodies(subject, e) is None
            # a press report's own subject is the document it reports ("Kế hoạch ... yêu cầu ...")
            own_point = own_point or (official and bool(triggers) and _cited_subject().match(folded, subject) is not None)
            # a sentence that holds no trigger's opening (most) is told once, not trigger by trigger
            for trigger_re, trigger, where, opens in triggers if triggers and holds_any(trigger_words, s, e, _TRIGGER_OPENINGS) else ():
                if own_point:
                    break
                allowed = where == "anywhere" or directive or (where.startswith("directive or press") and not official)
                said = allowed and holds_any(trigger_words, s, e, opens)  # each opening is a trigger word
                for m in trigger_re.finditer(folded, s, e) if said else ():
                    if not official and _opens_on_past(folded, s, m.start()):
                        break  # "Trong nhiệm kỳ 2015-2020, Đảng bộ huyện lãnh đạo, chỉ đạo chính quyền ...": the work done
                    done = _DONE_BEFORE.search(folded, max(s, m.start() - _DONE_REACH), m.start()) \
                        or _DONE_FOR.search(folded, max(s, m.start() - _DONE_FOR_REACH), m.start())
                    if done and (official or not (done.group(1) == "vừa" or _leader_said(folded, s, done.start()))):
                        continue  # "đã chỉ đạo các sở ...": what was done, not a task
                    if _APPEALED.search(folded, max(s, m.start() - _APPEAL_REACH), m.start()):
                        continue
                    found = mentions.bodies(m.end(), e)
                    given = _given_to(folded, m.end(), e) if found is None and trigger == "giao" else None
                    if given is not None:
                        # "Giao kế hoạch ... cho các sở, ban, ngành; UBND các huyện ... thực hiện": the
                        # bodies after "cho", their list going on over the ';', and the thing as the task
                        found = mentions.bodies(given[1], unit.end)
                        if found and cut_mid_name(text, folded, found):
                            # "... và các đơn vị sản xuất kinh doanh của tỉnh như các biểu ...": the
                            # list ends with its clause, so the last common noun's words are its own
                            found = described_to_clause_end(text, folded, found, unit.end)
                        if found and not cut_mid_name(text, folded, found):
                            add(found, m.end(), given[0], trigger, m.start())
                            read_to = found.end
                        continue
                    if found is None:
                        # "đề nghị trong nhiệm kỳ mới, Mặt trận Tổ quốc huyện tiếp tục ...": when, then whom
                        when = _TIME_FIRST.match(folded, m.end(), e)
                        found = mentions.bodies(when.end(), e) if when else None
                    if found and where.endswith("below") and not directive and _central(folded, found):
                        continue  # "đề nghị Bộ Chính trị, Quốc hội ...": asked upwards
                    if found and trigger == "chỉ đạo" and _centre_asked_before(folded, s, m.start()):
                        continue  # "đề nghị Ban cán sự đảng Chính phủ chỉ đạo các bộ ...": the centre's own
                    if found and not cut_mid_name(text, folded, found):
                        if found.end >= e - 1 and text[e - 1:e] == ";":
                            # "Yêu cầu Giám đốc các sở; Chủ tịch ... triển khai": the list goes on
                            listed, asked = (*before, *body_names(text, found)), trigger
                            continue
                        add(found, found.end, e, trigger, m.start(), follows=n)
                        # "giao Ban Tuyên giáo tham mưu ...; Ban Tổ chức tham mưu ...": each clause
                        # after the ';' that opens on a body goes on under the same trigger
                        asked = trigger if text[e - 1:e] == ";" else asked
            # a press report quoting the document it reports: "“Sở Nông nghiệp ... phối hợp ..."
            quoted = not official and text[subject:subject + 1] in _OPEN_QUOTES
            found = mentions.bodies(subject + 1 if quoted else subject, e)
            if not found and urging:
                # "Để thực hiện thắng lợi mục tiêu năm 2015, các sở, ban, ngành tiếp tục tập trung ...":
                # the subject after the clause that opens the sentence
                later = _subject_after_opening(text, folded, mentions, subject, e)
                if later and _urged(text, folded, later, e) \
                        and later.end not in assigned_ends:  # not asked already: "đề nghị các cấp ..."
                    add(later, later.end, e, "chủ thể", later.bodies[0][0], before)
                continue
            if not found:
                # "Căn cứ vào Kế hoạch này, Giám đốc các sở ... có trách nhiệm ...": past the grounds
                found = _answerable_after_grounds(text, folded, mentions, subject, e)
            if not found or cut_mid_name(text, folded, found):
                continue
            if found.end >= e - 1 and text[e - 1:e] == ";":
                listed, asked = (*before, *body_names(text, found)), asking  # the list goes on after the ';'
                continue
            resp = _responsible().match(folded, found.end)
            # "Sở Kế hoạch và Đầu tư - cơ quan thường trực Ban ... giúp ...": what it is, then its task
            found_end = _apposition_end(text, folded, found.end, e) if directive and not resp else None
            if found_end is not None:
                found = BodyList(found.bodies, found.extra, found_end)
            if resp:
                add(found, resp.start("verb"), e, "trách nhiệm", subject, before)
            elif (directive or asking or quoted or point) and found.end < e - 3 and (
                    _directs(text, folded, found.end, e) or (asking and _JOINED.match(folded, found.end, e))) \
                    and not _issues_own_kind(folded, found.end, e, kind) \
                    and not (not asking and not quoted and _issuer_listed(text, found, issuer)
                             and not in_part(block, True)):
                # ... but "Tỉnh ủy, HĐND, UBND và Ủy ban MTTQ tỉnh X tổ chức ..." with the issuer among
                # its subjects and no word that asks tells what the bodies do, outside a tasks heading
                # the bodies a trigger word opened, listed over ';', get the task the last one's clause
                # gives, the last joined to those it does not name ("... và toàn thể Nhân dân thực hiện")
                add(found, found.end, e, asking or "chủ thể", subject, before)
                asked = asking if text[e - 1:e] == ";" else None
            elif urging and found.end < e - 3 and _urged(text, folded, found, e):
                # a press report's running text (its points may tell the news): "..., các sở, ban,
                # ngành, địa phương tiếp tục tập trung giải quyết ..."
                add(found, found.end, e, "chủ thể", subject, before)
    return (*out, *_table_assignments(layout))


def _issuer_listed(text: str, found: BodyList, issuer: str | None) -> bool:
    """Whether a list of two bodies or more names the issuer itself ("Ủy ban nhân dân" of
    "..., Ủy ban nhân dân và Ủy ban MTTQ tỉnh X" in a text of Ủy ban nhân dân tỉnh X)."""
    names = body_names(text, found)
    if not issuer or len(names) < 2:
        return False
    own = _body_key(issuer)
    locality = _LAST_LOCALITY_NAME.search(_body_key(names[-1]))
    for name in map(_body_key, names):
        # a bare council of the list takes the locality its last body names
        if name == own or (locality and f"{name} {locality.group(0)}" == own):
            return True
    return False


def _body_key(name: str) -> str:
    """A body's name compared: abbreviations written out, folded, spaces squashed."""
    return " ".join(fold(expand_abbreviations(name)).split())


_LAST_LOCALITY_NAME = lazy(rf"(?<!\w){LOCALITY}\s.*$")


# "...; giao Công an tỉnh ...", "...; đề nghị Sở Y tế ...": a clause that asks a body anew
_ASKED_CLAUSE = lazy(r";\s*(?:giao(?:\s+nhiệm vụ\s+cho|\s*cho)?|đề nghị|yêu cầu)\s+")


# "...; chỉ đạo Công an tỉnh ...": a clause that directs a body, the task's own doing when that body
# is under the one tasked ("UBND huyện ...; chỉ đạo UBND các xã ...")
_DIRECTED_CLAUSE = lazy(r";\s*chỉ đạo\s+")


def _task_end(folded: str, mentions: Mentions, start: int, end: int, tasked: list[str]) -> int:
    """Where a task that runs from ``start`` ends: before a ';' whose clause opens on an asking
    word and the body it asks, its own assignment, or on "chỉ đạo" and a body not below the one
    tasked (its level no lower); ``end`` when none does."""
    if folded.find(";", start, end) < 0:
        return end
    for m in _ASKED_CLAUSE.finditer(folded, start, end):
        if mentions.bodies(m.end(), end) is not None:
            return m.start()
    above = _rank(tasked[0]) if tasked else None
    for m in _DIRECTED_CLAUSE.finditer(folded, start, end) if above is not None else ():
        directed = mentions.bodies(m.end(), end)
        names = body_names(mentions.layout.text.text, directed) if directed else []
        rank = _rank(names[0]) if names else None
        if rank is not None and above is not None and rank >= above:
            return m.start()
    return end


def _rank(name: str) -> int | None:
    """How high a body stands by the level its name tells; None when it tells none."""
    level = level_of(name)
    return LEVELS.index(level) if level else None


_GIVEN_REACH = 160  # how long the name of what is given may be


def _given_to(folded: str, start: int, end: int) -> tuple[int, int] | None:
    """Where "cho" stands, and where the bodies start after it, when what "giao" opens at
    ``start`` is a thing given (lexicon ``bodies.given_things``: "kế hoạch ...", "chỉ tiêu ...");
    None otherwise."""
    if _GIVEN_THING.match(folded, start, end) is None:
        return None
    to = _GIVEN_TO.search(folded, start, min(end, start + _GIVEN_REACH))
    return (to.start(), to.end()) if to else None


_GIVEN_THING = lazy(rf"{alternation(bodies().given_things)}(?!\w)")
_GIVEN_TO = lazy(r"(?<=\s)cho\s+")


_TIME_FIRST = lazy(r"(?:trong|từ|đến)?[ ]*(?:nhiệm kỳ|năm|thời gian|giai đoạn)(?:[ ]+[^\s,;.]+){0,3}[ ]*,[ ]*")


def _subject_after_opening(text: str, folded: str, mentions: Mentions, start: int, end: int) -> BodyList | None:
    """The bodies a sentence names after its opening clause: after a colon ("... nhiệm vụ trọng
    tâm như: Thành ủy, các cấp ủy tiếp tục ..."), else after the comma before "các" ("Để thực
    hiện ..., các sở, ban, ngành tập trung ...")."""
    reach = min(end, start + _OPENING_REACH)
    for mark in (": ", ", các ", ", "):
        at = folded.find(mark, start, reach)
        # after a bare comma only a named body: "Đối với lĩnh vực nông nghiệp, Sở Nông nghiệp ... cần ..."
        if at < 0 or (mark == ", " and not text[at + 2:at + 3].isupper()):
            continue
        # bodies are read only where the words that urge them on follow
        found = mentions.bodies(at + 2, end) if _URGING.search(folded, at, end) else None
        if found and not cut_mid_name(text, folded, found):
            return found
    return None


_GROUNDS_FIRST = lazy(rf"(?:{alternation(bodies().grounds_openers)})\s")


def _answerable_after_grounds(text: str, folded: str, mentions: Mentions, start: int, end: int) -> BodyList | None:
    """The bodies a sentence that opens on its grounds (lexicon bodies 'grounds_openers') makes
    answerable after them: "Căn cứ vào Kế hoạch ..., Giám đốc các sở, ngành và Chủ tịch UBND các
    huyện có trách nhiệm xây dựng ..."; the first comma a list of bodies and "chịu/có trách nhiệm"
    follow ends the grounds."""
    if not _GROUNDS_FIRST.match(folded, start, end):
        return None
    at = folded.find(", ", start, end)
    while at >= 0:
        found = mentions.bodies(at + 2, end)
        if found and not cut_mid_name(text, folded, found) and _responsible().match(folded, found.end):
            return found
        at = folded.find(", ", at + 2, end)
    return None


def _urged(text: str, folded: str, found: BodyList, end: int) -> bool:
    """Whether bodies of many ("các sở, ngành", "sở ngành, địa phương"), named as a sentence's
    subject, are urged on by the words after them ("tiếp tục tập trung ...", "cần chuẩn bị ...")."""
    many = len(found.bodies) >= 2 or folded.startswith("các ", found.bodies[0][0])
    # "Tại hội nghị, các đại biểu tập trung thảo luận ...": the meeting's own people at work, and
    # so are the delegates of the body they sit for ("các đại biểu HĐND huyện tập trung thảo luận")
    # when no word asks them
    participants = all(folded[s:e].strip() in bodies().meeting_participants or _DELEGATES.match(folded, s)
                       for s, e in found.bodies)
    gap = _clause_gap(text, found.end, end)
    urged = _URGING.match(folded, gap) is not None and (many or _OBLIGING.match(folded, gap) is not None)
    return urged and not participants


_OBLIGING = lazy(rf"(?:{alternation(bodies().obliging_words)})(?!\w)")
_DELEGATES = lazy(rf"(?:{alternation(bodies().meeting_delegates)})(?!\w)")


_OPENING_REACH = 120  # how far into its sentence a press report's subject may stand, after a purpose or a time
_URGING = lazy(rf"(?:{alternation(bodies().urging_words)})(?!\w)")


# "Điều 2. Các cơ quan, đơn vị sau đây chịu trách nhiệm tổ chức thực hiện Kế hoạch:" over the
# points that name them one by one
_ANSWERABLE_LEAD = lazy(r"(?:sau đây|dưới đây)[^.;]{0,60}(?:chịu|có) trách nhiệm[^.;]*:$|"
                        r"(?:chịu|có) trách nhiệm[^.;]*(?:như sau|sau đây)\s*:$")
_Leads = tuple[tuple[tuple[int, int], ...], frozenset[int]]


def _answerable_leads(layout: Layout, paragraphs: list[Unit], heading_text: dict[int, str]) -> _Leads:
    """Where the bodies a lead makes answerable are listed: the points after a paragraph that
    says so, and the headings that say so over theirs."""
    text, folded = layout.text.text, layout.text.folded
    spans: list[tuple[int, int]] = []
    heads: set[int] = set()
    for n, unit in enumerate(paragraphs):
        s, e = trimmed(text, unit.start, unit.end, " \t\n")
        if e <= s or text[e - 1] != ":" or "trách nhiệm" not in folded[s:e] or not _ANSWERABLE_LEAD.search(folded, s, e):
            continue
        if unit.first.kind == "heading":
            heads.add(unit.first.index)
        items = _items_after(paragraphs, n)
        if items:
            spans.append(items)
    return tuple(spans), frozenset(heads)


_PRESS_LEAD = lazy(r"(?:nhiệm vụ|công việc|yêu cầu|giao|chỉ đạo|nhấn mạnh|lưu ý)[^.;]*:$")
_PRESS_LEAD_REACH = 240


def _press_points(layout: Layout, paragraphs: list[Unit]) -> tuple[tuple[int, int], ...]:
    """The points of a press report that a leader's lead opens ("Kết luận Hội nghị, đồng chí ...
    nhấn mạnh một số công việc trọng tâm ..., cụ thể như sau:"): each names a body and its task."""
    text, folded = layout.text.text, layout.text.folded
    spans = []
    for n, unit in enumerate(paragraphs):
        s, e = trimmed(text, unit.start, unit.end, " \t\n")
        if e > s and text[e - 1] == ":" and _PRESS_LEAD.search(folded, max(s, e - _PRESS_LEAD_REACH), e):
            items = _items_after(paragraphs, n)
            if items:
                spans.append(items)
    return tuple(spans)


def _under_lead(leads: _Leads, unit: Unit, block: Block) -> bool:
    spans, heads = leads
    return any(s <= unit.start < e for s, e in spans) or not heads.isdisjoint(block.parents)


_APPOSITION = lazy(r"\s+[-–]\s+")
_APPOSITION_WORDS = 16


def _apposition_end(text: str, folded: str, end: int, limit: int) -> int | None:
    """The end of what a dash after a body's name says it is ("Sở X - cơ quan thường trực Ban Y"),
    where its task's verb follows; None when no dash follows, or no verb within a few words."""
    dash = _APPOSITION.match(folded, end, limit)
    if dash is None:
        return None
    pos = dash.end()
    for _ in range(_APPOSITION_WORDS):
        word = _WORD_AFTER.match(text, pos, limit)
        if word is None:
            return None
        if pos > dash.end() and task_verb_pattern().match(folded, word.start(1), limit):
            return pos
        pos = word.end()
    return None


_WORD_AFTER = regex.compile(r"\s*([\p{L}\d][^\s,;.:]*)")


@lru_cache(maxsize=1)
def _leader_before() -> re.Pattern[str]:
    titles = alternation([*bodies().assignee_heads.titles, "đồng chí"])
    return re.compile(rf"(?<!\w)(?:{titles})(?!\w)[^,.;:]{{0,48}}$")


def _leader_said(folded: str, start: int, end: int) -> bool:
    """'Chủ tịch UBND tỉnh đã chỉ đạo ...' in a press report: a leader's direction at the meeting it
    reports, where 'UBND tỉnh đã chỉ đạo ...' tells what a body did before."""
    clause = max(start, folded.rfind(",", start, end) + 1)
    return _leader_before().search(folded, clause, end) is not None


_TOLD_WORDS = 8
_TOLD_ENDS = tuple(".;!?”\"")


def _told(unit: Unit) -> bool:
    """A paragraph of running text: a web copy of a press report may leave its lead, or all of a
    short report, in what reads as its header."""
    last = unit.blocks[-1].text.rstrip()
    return last.endswith(_TOLD_ENDS) and sum(len(b.text.split()) for b in unit.blocks) >= _TOLD_WORDS


def _centre_asked_before(folded: str, start: int, end: int) -> bool:
    """Whether the clause before ``end`` asks a body of the centre ("đề nghị Ban cán sự đảng
    Chính phủ | chỉ đạo ..."): whom it is to direct are the centre's, not the document's."""
    asks = list(_DE_NGHI.finditer(folded, start, end))
    return bool(asks) and _CENTRAL.search(folded, asks[-1].end(), end) is not None


def _central(folded: str, found: BodyList) -> bool:
    """Whether a list of bodies names one of the centre ("Bộ Chính trị", "Chính phủ", "Bộ Công an")."""
    return any(_CENTRAL.search(folded, s, e) for s, e in found.bodies)


@lru_cache(maxsize=1)
def _responsible() -> re.Pattern[str]:
    """What follows the bodies a clause makes answerable: "chịu trách nhiệm", "có trách nhiệm", and
    the executing clause of a decision, "... căn cứ Quyết định thi hành", "căn cứ Nghị quyết này
    để thi hành"."""
    # "... và các đơn vị, cá nhân có liên quan chịu trách nhiệm": the others concerned, unnamed
    # ... or "... cá nhân có quan hệ công tác với Ủy ban nhân dân thành phố chịu trách nhiệm": whom they deal with
    others = r"(?:\s*,?\s*(?:và\s+)?[^.;:]{0,60}?có liên quan|\s+có\s+quan hệ[^.;:]{0,80}?)?"
    # "... thành phố và các đơn vị liên quan căn cứ chỉ tiêu, nhiệm vụ được giao tại quyết định này có
    # trách nhiệm ...", "... theo chức năng, nhiệm vụ được giao chịu trách nhiệm ...": on what grounds
    grounds = r"(?:\s*,?\s*(?:căn cứ|theo)\s[^.;:]{0,120}?(?=,?\s*(?:chịu|có)\s+trách nhiệm\b),?)?"
    return re.compile(rf"{others}{grounds}\s*,?\s*(?P<verb>(?:chịu|có)\s+trách nhiệm\b|căn cứ\s+(?:{document_titles()})"
                      r"(?:\s+này)?\s+(?:để\s+)?thi hành\b)")


@lru_cache(maxsize=1)
def _cited_subject() -> re.Pattern[str]:
    """A sentence whose subject is another document ("Quyết định có hiệu lực ... và giao Ủy ban
    nhân dân các tỉnh ..."): it tells what that document gives; "Kế hoạch này giao" is this one."""
    # "Kết luận hội nghị, ông X yêu cầu ...": the chair concluding a meeting, no document
    return re.compile(rf"(?:{document_titles()})\b(?!\s+này)(?!\s+(?:hội nghị|buổi|cuộc|kỳ họp|phiên)\b)")


_STATES_NOT_DIRECTS = frozenset({"bao_cao", "quyet_dinh", "quy_dinh"})
# a paragraph that closes on the issuer's request: "..., Ủy ban nhân dân tỉnh yêu cầu:"
# "yêu cầu" and "đề nghị" name whom they ask, and the list may be long ("yêu cầu Thủ trưởng các
# sở, ..., Chủ tịch UBND các huyện ... tập trung thực hiện một số nội dung sau:"); "chỉ thị" and
# "chỉ đạo" are also the names of documents, so they must stand close to the colon
_REQUEST_LEAD = lazy_regex(r"(?<![\p{L}])(?:(?:yêu cầu|đề nghị)(?:\s+[^\s.;:]+){0,100}"
                           r"|(?:chỉ thị|chỉ đạo|giao)(?:\s+[^\s.;:]+){0,12})\s*:$")
_REQUEST_REACH = 480  # characters before the colon that the lead is looked for in


def _request_lead_end(layout: Layout, paragraphs: list[Unit]) -> int:
    """Where the points of a request open: the end of the first body paragraph, no heading,
    that closes on the issuer's request with a colon; the text's end when none does."""
    text, folded = layout.text.text, layout.text.folded
    for unit in paragraphs:
        if unit.first.zone != "body" or unit.first.kind == "heading":
            continue
        e = unit.end
        while e > unit.start and text[e - 1].isspace():
            e -= 1
        if e > unit.start and text[e - 1] == ":" and _REQUEST_LEAD.search(folded, max(unit.start, e - _REQUEST_REACH), e):
            return unit.end
    return len(text)
# "đã chỉ đạo", "đã tập trung lãnh đạo, chỉ đạo": what was done, a few words of its clause back
# ... though a press report's "vừa ban hành văn bản chỉ đạo ..." (has just directed) is its news
# a press report's sentence that opens on the term or the time behind it tells what was done
# ("Trong nhiệm kỳ 2015-2020, ...", "Thời gian qua, ..."; not "Nhiệm kỳ 2025-2030, ...", which looks ahead)
_PAST_OPENING = lazy(r"(?<!\w)(?:(?:trong[ ]+)?(?:nhiệm kỳ|thời gian|những năm|năm)[ ]+(?:vừa qua|qua)"
                     r"|trong[ ]+nhiệm kỳ[ ]+" + term_years("[ ]") + r")[ ]*,")


def _opens_on_past(folded: str, start: int, end: int) -> bool:
    """``_PAST_OPENING.search(folded, start, end)``, told first by its words: each of its openings
    ends on "qua" or names "nhiệm kỳ", looked for at memory speed, so most sentences skip the
    pattern, which opens with a look-behind and is tried at every offset."""
    if folded.find("qua", start, end) < 0 and folded.find("nhiệm kỳ", start, end) < 0:
        return False
    return _PAST_OPENING.search(folded, start, end) is not None


# a sentence that opens on a year and a comma: "Năm 2025, ...", "Trong năm 2026, ..."
_YEAR_COMMA = rf"năm[ ]+({YEAR})[ ]*,"
_YEAR_OPENING = re.compile(rf"(?:^|(?<=[.!?\n])[ ]*)(?:trong[ ]+)?{_YEAR_COMMA}", re.M)
# the years of all of them in one search of the text: the same matches, the opening looked
# behind from "năm", which the engine finds fast ("_YEAR_OPENING" opens with spaces after a
# look-behind, so its search tried the words after it at every offset)
_YEAR_OPENINGS = lazy_regex(rf"(?<=(?:^|[.!?\n][ ]*)(?:trong[ ]+)?){_YEAR_COMMA}", regex.M)


def _reviewed_year(folded: str, start: int, end: int, ahead: int) -> bool:
    """Whether the sentence at ``start`` opens on a year before ``ahead``, the latest year a
    sentence of the report opens on."""
    m = _YEAR_OPENING.match(folded, start, end)
    return m is not None and int(m.group(1)) < ahead


_DONE_BEFORE = regex.compile(r"(?<![\p{L}])(đã|từng|vừa)\s+(?:[^\s;:.]+\s+){0,4}$")
_DONE_REACH = 36
# "HĐND tỉnh tin tưởng và đề nghị các cấp, các ngành, cử tri cùng chung sức ...": a request an
# appeal leads (lexicon bodies 'appeal_leads') is a call on all, no task
_APPEALED = lazy(rf"(?<!\w)(?:{alternation(bodies().appeal_leads)})(?:\s*,|\s+và)?\s+$")
_APPEAL_REACH = 24
# "Đảng bộ đã nỗ lực khắc phục khó khăn để lãnh đạo, chỉ đạo cấp ủy ...": directing as the
# purpose of what was done is part of the work told, however far the "đã" stands in its clause
_DONE_FOR = regex.compile(r"(?<![\p{L}])(đã|từng|vừa)\s[^;:.]*?(?<![\p{L}])để\s+(?:[^\s;:.]+\s+){0,3}$")
_DONE_FOR_REACH = 160


def _items_after(paragraphs: list[Unit], n: int) -> tuple[int, int] | None:
    """The list a line ending in ':' opens: the items, bullets and lettered points after
    paragraph ``n``, up to the first line that is none of them."""
    end = None
    for unit in paragraphs[n + 1:]:
        first = unit.first
        if first.zone != "body" or not (first.kind in ("item", "bullet") or first.level >= _LIST_LEVEL and first.marker):
            break
        end = unit.end
    return (paragraphs[n + 1].start, end) if end is not None else None


# "Các đồng chí Ủy viên Ban Thường vụ được phân công phụ trách địa bàn tiếp tục ...": bodies
# given charge of something are given the sentence's task, though "được" reports nothing here
_GIVEN_CHARGE = lazy(r"được\s+(?:phân công|giao)\b")
# "ban hành Kế hoạch số 12/KH-UBND": a document that already has its number was issued
_ISSUED = lazy(r"ban hành\s+(?:\S+\s+){1,4}số\s*\d")


@lru_cache(maxsize=16)  # one pattern a document kind
def _own_kind_issued(kind: str) -> regex.Pattern[str] | None:
    titles = [t.title for t in document_types().types if t.kind == kind]
    return regex.compile(rf"\s*ban hành\s+(?:{alternation(titles)})(?!\w)(?!\s+số)") if titles else None


def _issues_own_kind(folded: str, end: int, limit: int, kind: str) -> bool:
    """A body "ban hành" a document of the kind being read ("Ban Chấp hành Đảng bộ tỉnh ban hành
    Nghị quyết để cụ thể hóa ..." in a Nghị quyết): the issuer telling that it issues this text."""
    issued = _own_kind_issued(kind)
    return issued is not None and issued.match(folded, end, limit) is not None


def _directs(text: str, folded: str, end: int, limit: int) -> bool:
    """True when the words after a body's name at ``end`` give it a task: a verb or a directive
    lead ("chủ trì", "căn cứ") opens them; not the body's own decision ("nhất trí"), nor what was
    done ("đã ban hành"), nor a power or a trait ("có thẩm quyền", "là cơ quan")."""
    if not text[end:end + 1].isspace():
        return False
    pos = _clause_gap(text, end, limit)
    if _GIVEN_CHARGE.match(folded, pos, limit):
        return True
    return (task_verb_pattern().match(folded, pos, limit) is not None
            and not _OWN_DECISION.match(folded, pos) and not _REPORTED.match(folded, pos, limit)
            and not _ISSUED.match(folded, pos, limit))


def _clause_gap(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


# A task table: "TT | Tên nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian"
_CELL_SEPARATOR = " | "


def _has_cells(line: str) -> bool:
    # the bar alone is looked for at memory speed; the separator only in a line that has one
    return "|" in line and _CELL_SEPARATOR in line


_LETTER = regex.compile(r"\p{L}")
_LEAD_COLUMN = lazy(r"chủ trì|cơ quan thực hiện|đơn vị thực hiện|phân công")
_TASK_COLUMN = lazy(r"nhiệm vụ|nội dung|công việc|chỉ tiêu")


def _cells(block: Block) -> list[tuple[int, int]]:
    """The spans of a rendered table row's cells, trimmed."""
    spans, pos = [], block.start
    for part in block.text.split(_CELL_SEPARATOR):
        s, e = trimmed(block.text, pos - block.start, pos - block.start + len(part), " |")
        spans.append((block.start + s, block.start + e))
        pos += len(part) + len(_CELL_SEPARATOR)
    return spans


def _table_assignments(layout: Layout) -> list[Task]:
    """Each row of a task table: the bodies of its lead column are given the row's task."""
    text, folded = layout.text.text, layout.text.folded
    out: list[Task] = []
    for rows in _tables(layout):
        columns: tuple[int, int] | None = None  # (task, lead) of the table being read
        for (start, end), cells in rows:
            heads = [folded[s:e] for s, e in cells]
            lead = next((i for i, h in enumerate(heads) if _LEAD_COLUMN.search(h)), None)
            task = next((i for i, h in enumerate(heads) if _TASK_COLUMN.search(h) and i != lead), None)
            if lead is not None and task is not None and not any(ch.isdigit() for ch in heads[0]):
                columns = (task, lead)
                continue
            if columns is None or len(cells) <= max(columns):
                continue
            (ts, te), (ls, le) = cells[columns[0]], cells[columns[1]]
            if not _LETTER.search(text, ls, le) or not _LETTER.search(text, ts, te):
                continue  # the row that numbers the columns "(1) | (2) | (3)"
            bodies = _lead_bodies(text, folded, ls, le)
            if bodies and te > ts:
                out.append(Task(tuple(bodies), squash(text[ts:te]), "bảng phân công", At(start, end)))
    return out


Row = tuple[tuple[int, int], list[tuple[int, int]]]
"""A table row's span and the spans of its cells."""


def _tables(layout: Layout) -> list[list[Row]]:
    """The tables of the text, each as its rows: runs of rendered rows ("a | b | c"), and tables
    written one cell to a line between lines of a lone "|" (a web page's table as plain text)."""
    tables: list[list[Row]] = []
    rendered: list[Row] = []
    for block in layout.blocks:
        if _has_cells(block.text):
            rendered.append(((block.start, block.end), _cells(block)))
        elif rendered:
            tables.append(rendered)
            rendered = []
    if rendered:
        tables.append(rendered)
    return tables + [rows for run in _bar_runs(layout.blocks) if (rows := _bar_rows(run))]


_CELL_BLOCKS = 12
"""Paragraphs one cell of a table written a cell to a line may hold: more, and the table ended."""


def _bar_runs(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """Runs of blocks from a lone "|" to the last lone "|" that closes a cell. A blank line ends
    a run: the cells of one table follow each other line by line."""
    runs: list[list[Block]] = []
    run: list[Block] = []
    since = 0  # blocks since the last bar
    for block in blocks:
        bar = block.text.strip() == "|"
        if run and (block.blank_before or since >= _CELL_BLOCKS):
            runs.append(run[:len(run) - since] if since else run)
            run, since = [], 0
        if bar:
            run.append(block)
            since = 0
        elif run:
            run.append(block)
            since += 1
    if run:
        runs.append(run[:len(run) - since] if since else run)
    return runs


def _bar_rows(run: list[Block]) -> list[Row]:
    """The rows of a table written a cell to a line: "|" opens a row and closes each cell, so a
    row of n cells is n cells and then an empty one, the gap between its closing "|" and the
    next row's opening "|". The heading row, whose cells are all filled, tells n."""
    cells: list[tuple[int, int]] = []
    current: list[Block] = []
    for block in run[1:]:
        if block.text.strip() == "|":
            cells.append((current[0].start, current[-1].end) if current else (block.start, block.start))
            current = []
        else:
            current.append(block)
    n = next((i for i, (s, e) in enumerate(cells) if e <= s), 0)
    rows: list[Row] = []
    if n < 2:
        return rows
    for k in range(0, len(cells) - n + 1, n + 1):
        row = cells[k:k + n]
        gap = cells[k + n] if k + n < len(cells) else None
        rows.append(((row[0][0], row[-1][1]), row))
        if gap is not None and gap[1] > gap[0]:
            break  # the cells no longer fall into rows of n: read no further
    return rows


def _lead_bodies(text: str, folded: str, start: int, end: int) -> list[str]:
    """The bodies of a lead cell: parts split by ';', each read as a list of bodies, or kept
    whole when it does not read as one (the column holds nothing but bodies)."""
    names: list[str] = []
    pos = start
    for part in text[start:end].split(";"):
        s, e = trimmed(text, pos, pos + len(part), " ,;.")
        pos += len(part) + 1
        if e <= s:
            continue
        found = read_bodies(text, folded, s, e)
        if found and (found.end >= e - 1 or task_verb_pattern().match(folded, found.end + 1, e)):
            # "Sở Khoa học và Công nghệ thúc đẩy, theo dõi": the cell says what the body does
            names += body_names(text, found)
        elif head_pattern().match(folded, s, e):
            names.append(squash(text[s:e]))  # a body the reader cannot finish, kept whole
        # else a note ("Theo phân công tại Quyết định số ..."), not a body
    return names


def _clause_start(text: str, s: int, e: int) -> int:
    """Where a sentence's subject may stand: after its list mark and a word that links it to the
    one before ("- Trong đó, các sở ...", "Đặc biệt, UBND các xã ...")."""
    m = _LEADING_MARKS.match(text, s, e)
    start = m.end() if m else s
    link = opening_link().match(text, start, e)
    return link.end() if link else start


def _heading_texts(layout: Layout, paragraphs: list[Unit]) -> dict[int, str]:
    """Each heading block's whole heading, folded: "VI. TỔ CHỨC" and "THỰC HIỆN" are one."""
    folded = layout.text.folded
    out: dict[int, str] = {}
    for unit in paragraphs:
        if unit.first.kind == "heading" or any(b.kind == "heading" for b in unit.blocks):
            whole = folded[unit.first.start:unit.end]
            out.update((b.index, whole) for b in unit.blocks)
    return out


def _in_directive_part(layout: Layout, block: Block, heading_text: dict[int, str], *, named: bool = False,
                       requests: bool = True) -> bool:
    """True under a heading about tasks or implementation, or under none of results; with
    ``named``, only under a heading that names tasks, implementation or requests."""
    folded = layout.text.folded
    # a heading's name is in its first words: a numbered point that runs on is no section name
    headings = [heading_text.get(h.index, folded[h.start:h.end])[:HEADING_NAME] for h in layout.parent_headings(block)]
    roles = [heading_roles(h) for h in headings]
    results = any(r & _NOT_DIRECTIVE for r in roles)
    if named:
        # the nearest heading that tells decides: "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ" reports, and
        # its headings name who did what
        for h, r in zip(reversed(headings), reversed(roles), strict=True):
            if r & _NOT_DIRECTIVE:
                return False
            if "tasks" in r or requests and _REQUESTS_HEADING.search(h):
                return True
        return False
    return any("tasks" in r for r in roles) or not results


# Labelled forms: "1. Sở Tài chính" over its tasks, "Phòng Kế hoạch - Tổng hợp: Là đầu mối ...",
# "Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: ..."
_LABEL_MAX = 200
_LEAD_LABEL = lazy(r"(?:(?:đơn vị|cơ quan|bộ phận)\s+)?(?:chủ trì|thực hiện|tham mưu|được giao)(?:\s+thực hiện)?")
_PARTNER_LABEL = lazy(r"(?:(?:đơn vị|cơ quan|bộ phận)\s+)?phối hợp(?:\s+thực hiện)?")
_LABEL_TRIGGER = lazy(r"(?:giao(?:\s+cho)?|đề nghị|yêu cầu)\s+")
_CLAUSE_STOP = lazy(r"[;.]")
_EMBEDDED_ITEM = lazy(r"(?<=\s)[a-zđ][)./]\s")


def labelled_assignment(layout: Layout, paragraphs: list[Unit], n: int, *, requested: bool = False) -> list[Task] | None:
    """The assignment of a paragraph that labels its bodies; None when it labels none.

    An empty list is a label that assigns nothing ("Đơn vị phối hợp: ...": partners only).
    With ``requested`` (the points of "... yêu cầu:"), a numbered heading over task bullets
    names its addressee whatever its head noun ("5. Các chủ rừng là tổ chức").
    """
    text, folded = layout.text.text, layout.text.folded
    unit = paragraphs[n]
    s, e = trimmed(text, unit.start, unit.end)
    heading = unit.first.kind == "heading" and unit.first.marker is not None
    # "Sở X a) Chủ trì ...": a line break lost before the first item joined it to the heading
    item = _EMBEDDED_ITEM.search(text, s, min(e, s + _LABEL_MAX)) if heading else None
    colon = text.find(":", s, min(item.start() if item else e, s + _LABEL_MAX))
    if colon >= 0:
        return _colon_label(layout, unit, s, colon, e)
    if not heading:
        return None
    if item:
        label_end, task = item.start(), trimmed(text, item.start(), e)
    else:
        nxt = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        if e - s > _LABEL_MAX or nxt is None or nxt.first.zone != "body" \
                or (nxt.first.kind == "heading" and nxt.first.level <= unit.first.level):
            return None  # a heading that stands over no tasks of its own
        label_end, task = e, trimmed(text, nxt.start, nxt.end)
        if requested and nxt.first.kind in ("bullet", "item"):
            return _named(text, folded, s, label_end, task, e) or _addressee(text, folded, s, label_end, task, e)
    return _named(text, folded, s, label_end, task, e)


_MEMBERS = lazy(r"\s*\([^()]*\)?\s*$")  # "(các Ban quản lý rừng ..., các Công ty ...)": who they are
_ADDRESSEE_WORDS = 10


def _addressee(text: str, folded: str, s: int, label_end: int, task: tuple[int, int], e: int) -> list[Task] | None:
    """A numbered point of a request whose heading is a group of bodies the lexicon has no head
    for ("5. Các chủ rừng là tổ chức (các Ban quản lý rừng ...)"): a plural noun phrase, no verb
    in it, no topic ("Về công tác ...") and no section name ("Nhiệm vụ ..."), over its tasks."""
    members = _MEMBERS.search(text, s, label_end)
    end = members.start() if members else label_end
    name = squash(text[s:end])
    if not folded.startswith("các ", s) or len(name.split()) > _ADDRESSEE_WORDS or heading_roles(folded[s:end]) \
            or task_verb_pattern().match(folded, s + len("các "), end) or _label_verb_pattern().search(folded, s, end) \
            or any(c in name for c in ":;.") or task[1] <= task[0]:
        return None
    return [_assignment([name], text, task, "đề mục", s, e)]


def _colon_label(layout: Layout, unit: Unit, s: int, colon: int, e: int) -> list[Task] | None:
    """'Sở Tài chính: chủ trì ...', 'Đơn vị chủ trì: Phòng X; Đơn vị phối hợp: Phòng Y'."""
    text, folded = layout.text.text, layout.text.folded
    if _LEAD_LABEL.fullmatch(folded, s, colon):
        stop = _CLAUSE_STOP.search(text, colon + 1, e)
        names = label_bodies(text, folded, colon + 1, stop.start() if stop else e)
        task = _parent_task(layout, unit.first)
        return [_assignment(names, text, task, "chủ trì", s, e)] if names and task else None
    if _PARTNER_LABEL.fullmatch(folded, s, colon):
        return []
    if text.count("(", s, colon) > text.count(")", s, colon) or ";" in text[s:colon] or not text[s].isupper():
        return None  # inside a bracket ("(gồm: ...)"), after a clause, or in a line's middle
    return _named(text, folded, s, colon, trimmed(text, colon + 1, e), e)


def _named(text: str, folded: str, s: int, label_end: int, task: tuple[int, int], e: int) -> list[Task] | None:
    trigger = _LABEL_TRIGGER.match(folded, s, label_end)
    names = label_bodies(text, folded, trigger.end() if trigger else s, label_end)
    if not names or task[1] <= task[0]:
        return None
    return [_assignment(names, text, task, "đề mục", s, e)]


def _assignment(names: list[str], text: str, task: tuple[int, int], trigger: str, start: int,
                end: int) -> Task:
    return Task(tuple(names), squash(text[task[0]:task[1]]), trigger, At(start, max(end, task[1])))


def _parent_task(layout: Layout, block: Block) -> tuple[int, int] | None:
    """The heading a labelled line stands under names its task."""
    parents = layout.parent_headings(block)
    if not parents:
        return None
    return trimmed(layout.text.text, parents[-1].content_start, parents[-1].end)


def label_bodies(text: str, folded: str, start: int, end: int) -> list[str] | None:
    """The bodies of a label that holds nothing else: each part opens with a body's head word,
    and a part that does not ("Phát thanh" of "Báo và Phát thanh, Truyền hình") goes on the
    part before it; None when the label does not open with a body."""
    start, end = trimmed(text, start, end)
    if end <= start:
        return None
    found = read_bodies(text, folded, start, end)
    if found and found.end >= end:
        return body_names(text, found)
    if found and _RELATED_TO.match(folded, found.end - len("liên quan"), end):
        # "Các cơ quan, đơn vị có liên quan đến nhập cảnh ...": what they relate to describes them,
        # and names them up to the label's end; cut, they would be any "cơ quan liên quan"
        *others, (last, _) = found.bodies
        return body_names(text, BodyList((*others, (last, end)), found.extra, end))
    parts: list[list[int]] = []
    pos = start
    for sep in [*SEPARATOR.finditer(folded, start, end), None]:
        piece_end = sep.start() if sep else end
        if piece_end > pos:
            if _opens_body(text, folded, pos, end) and not _LEAD_LABEL.match(folded, pos):
                parts.append([pos, piece_end])
            elif parts:
                parts[-1][1] = piece_end
            else:
                return None
        pos = sep.end() if sep else end
    if any(_label_verb_pattern().search(folded, a, b) or _is_clause(text, folded, a, b) for a, b in parts):
        return None  # a clause with its verb, not a list of names
    return share_locality([squash(text[a:b]) for a, b in parts]) or None


def _is_clause(text: str, folded: str, start: int, end: int) -> bool:
    """'Ban Chấp hành Đảng bộ thành phố nhất trí cao thông qua': a body, then its verb."""
    found = read_bodies(text, folded, start, end)
    if not found or found.end >= end:
        return False
    nxt = NEXT_WORD.match(text, found.end, end)
    if nxt is None:
        return False
    if _OWN_DECISION.match(folded, nxt.start(1)) or _label_verb_pattern().match(folded, nxt.start(1)):
        return True
    # a name complete in itself ("... tỉnh Lâm Đồng ban hành"), then a verb; "các tổ chức cung
    # cấp dịch vụ" is one name, its verb inside it
    last = LAST_WORD.search(text, found.bodies[-1][0], found.end)
    complete = last is not None and (last.group(0)[:1].isupper() or ENDS_IN_LOCALITY.search(folded, max(0, found.end - LOCALITY_SPAN), found.end))
    return bool(complete) and opener_pattern().match(folded, nxt.start(1)) is not None


def _opens_body(text: str, folded: str, start: int, end: int) -> bool:
    """A body's name opens at ``start``: a head word the reader takes ("Ban hành" it does not),
    or a generic head joined by "và" to a name ("Báo và Phát thanh, Truyền hình")."""
    head = head_pattern().match(folded, start, end)
    if not head:
        return False
    return read_bodies(text, folded, start, end) is not None or _AND.match(folded, head.end(), end) is not None


_AND = lazy(r"\s+và\s+")
_RELATED_TO = lazy(r"liên quan\s+(?:đến|tới|với)\s")


@lru_cache(maxsize=1)
def _label_verb_pattern() -> regex.Pattern[str]:
    words = sorted(bodies().task_openers.label_verbs, key=len, reverse=True)
    return regex.compile(r"(?<![\p{L}])(?:" + "|".join(regex.escape(w) for w in words) + r")(?![\p{L}])")
