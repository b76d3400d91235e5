"""The corpus database over tests/data/multiyear: three bodies over three or four years."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import nqparse.db as ndb
from nqparse.cli.main import main
from nqparse.db.queries import TargetFigure

CORPUS = Path(__file__).parent / "data" / "multiyear"


@pytest.fixture(scope="module")
def results_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus extracted once, as a JSON-lines file (what a batch writes)."""
    from nqparse import extract

    path = tmp_path_factory.mktemp("corpus") / "resolutions.jsonl"
    lines = [extract(p).model_dump_json() for p in sorted(CORPUS.rglob("*.txt"))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def conn(results_file: Path, tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = ndb.connect(tmp_path / "targets.db")
    ndb.load(connection, [results_file])
    yield connection
    connection.close()


def _count(conn: sqlite3.Connection, sql: str, *args: object) -> int:
    return int(conn.execute(sql, args).fetchone()[0])


# --- issuers --------------------------------------------------------------------------------------

ISSUERS = [
    ("thanh-uy-with-place", {"name": "Thành ủy Hải Phòng", "level": "province"}, {}, "province|hai phong|BCH"),
    ("bch-place-from-parent", {"name": "BCH Đảng bộ thành phố", "level": "province",
                               "parent": "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"}, {}, "province|hai phong|BCH"),
    ("bch-full-name", {"name": "Ban Chấp hành Đảng bộ thành phố Hải Phòng"}, {}, "province|hai phong|BCH"),
    ("place-from-the-place-line", {"name": "BAN CHẤP HÀNH ĐẢNG BỘ QUẬN", "level": "district"},
     {"place": "Kiến An"}, "district|kien an|BCH"),
    ("district-under-its-city", {"name": "QUẬN ỦY KIẾN AN", "level": "district",
                                 "parent": "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG"}, {}, "district|kien an|BCH"),
    ("standing-committee-apart", {"name": "Ban Thường vụ Thành ủy", "level": "province"}, {"place": "Hải Phòng"},
     "province|hai phong|BTV"),
    ("council-apart", {"name": "HĐND thành phố Hải Phòng", "level": "province"}, {}, "province|hai phong|HĐND"),
    ("no-place-keeps-its-name", {"name": "Ban Chấp hành Đảng bộ thành phố", "level": "province"}, {},
     "province|?ban chap hanh dang bo thanh pho|BCH"),
]


@pytest.mark.parametrize(("issuer", "document", "key"), [c[1:] for c in ISSUERS], ids=[c[0] for c in ISSUERS])
def test_issuer_key(issuer: dict[str, str], document: dict[str, str], key: str) -> None:
    assert ndb.issuer_key(issuer, document).key == key


CONCEPTS = [
    ("Tăng trưởng GRDP (giá so sánh 2010)", "grdp_growth"),
    ("Tốc độ tăng trưởng tổng sản phẩm trên địa bàn", "grdp_growth"),
    ("GRDP bình quân đầu người", "grdp_per_capita"),
    ("Tỷ trọng công nghiệp chế biến, chế tạo trong GRDP", None),
    ("Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "poverty_rate"),
    ("Tỷ lệ người dân tham gia BHYT", "health_insurance_coverage"),
    ("Kết nạp mới đảng viên", "new_party_members"),
    ("Tỷ lệ che phủ rừng", "forest_cover"),
    ("Tỷ lệ lao động qua đào tạo", "trained_labour"),
]


@pytest.mark.parametrize(("name", "concept"), CONCEPTS, ids=[c[0] for c in CONCEPTS])
def test_concept(name: str, concept: str | None) -> None:
    assert ndb.concept_of(name) == concept


# --- contents -------------------------------------------------------------------------------------

def test_documents_and_issuers(conn: sqlite3.Connection) -> None:
    assert _count(conn, "SELECT COUNT(*) FROM documents") == 9
    by_place = dict(conn.execute("SELECT i.place, COUNT(*) FROM documents d JOIN issuers i ON i.id = d.issuer_id "
                                 "GROUP BY i.place").fetchall())
    assert by_place == {"Hải Phòng": 4, "Kiến An": 3, "Thái Bình": 2}
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    for table in ("meetings", "indicators", "targets", "results", "assignments", "recipients", "references"):
        assert _count(conn, f'SELECT COUNT(*) FROM "{table}"') > 0, table


def _chain(conn: sqlite3.Connection, place: str, concept: str) -> list[tuple[int, int, str]]:
    return [tuple(r) for r in conn.execute(
        "SELECT i.year, i.number, i.name FROM indicators i JOIN series s ON s.id = i.series_id "
        "JOIN issuers u ON u.id = s.issuer_id WHERE u.place = ? AND s.concept = ? ORDER BY i.year", (place, concept))]


def test_renumbered_indicator_stays_one_series(conn: sqlite3.Connection) -> None:
    assert [(y, n) for y, n, _ in _chain(conn, "Hải Phòng", "new_party_members")] == [
        (2021, 15), (2022, 11), (2023, 1), (2024, 8)]


def test_merged_indicator_continues_the_larger_series(conn: sqlite3.Connection) -> None:
    chain = _chain(conn, "Hải Phòng", "total_investment")
    assert [y for y, _, _ in chain] == [2021, 2022, 2023, 2024]
    assert chain[-1][2] == "Tổng vốn đầu tư toàn xã hội và khách du lịch"
    assert [y for y, _, _ in _chain(conn, "Hải Phòng", "tourists")] == [2021, 2022, 2023]


def test_dropped_indicator_ends_its_series(conn: sqlite3.Connection) -> None:
    assert [y for y, _, _ in _chain(conn, "Hải Phòng", "export_value")] == [2021, 2022]


def test_results_link_to_the_target_of_their_year(conn: sqlite3.Connection) -> None:
    rows = conn.execute("SELECT r.year, i.year, i.document_id != r.document_id FROM results r "
                        "JOIN indicators i ON i.id = r.indicator_id").fetchall()
    assert rows and all(ry == iy and other for ry, iy, other in rows)


# --- series and verdicts ------------------------------------------------------------------------

def test_series_of_grdp_growth(conn: sqlite3.Connection) -> None:
    found = ndb.series(conn, issuer="hai phong", indicator="tăng trưởng GRDP")
    assert [s.concept for s in found] == ["grdp_growth"]
    rows = found[0].rows
    assert [(r.year, r.target and r.target.value, r.achieved, r.verdict, r.verdict_from) for r in rows] == [
        (2021, 13.5, 12.38, "missed", "text"),
        (2022, 12.5, 12.32, "missed", "figures"),
        (2023, 13.0, 10.34, "missed", "text"),
        (2024, 11.5, None, None, None),
    ]
    first = rows[0]
    assert first.target_source and first.target_source.number == "01-NQ/TU"
    assert first.result_source and first.result_source.number == "10-NQ/TU"


def test_series_row_spans_point_at_the_figures(conn: sqlite3.Connection, results_file: Path) -> None:
    rows = ndb.series(conn, issuer="Thái Bình", concept="grdp_growth")[0].rows
    assert [r.year for r in rows] == [2022, 2023, 2024]  # 2022: a result quoted by the 2023 resolution
    row = rows[1]
    assert row.result_source is not None
    from nqparse import extract

    path = row.result_source.path
    assert path is not None
    text = extract(path, with_text=True).text or ""
    assert "10,6%" in text[row.result_source.span_start:row.result_source.span_end]


def test_verdict_from_a_range_and_from_a_share(conn: sqlite3.Connection) -> None:
    members = ndb.series(conn, issuer="Kiến An", concept="new_party_members")[0].rows
    assert [(r.year, r.verdict) for r in members] == [(2022, "missed"), (2023, "exceeded"), (2024, None)]
    revenue = ndb.series(conn, issuer="Thái Bình", concept="budget_revenue")[0].rows
    assert [(r.year, r.percent_of_target, r.verdict, r.verdict_from) for r in revenue] == [
        (2022, 112, "exceeded", "share"), (2023, 96.7, "missed", "share"), (2024, None, None, None)]


JUDGE = [
    ("above-a-value", 12.6, "%", TargetFigure("12%", 12, None, None, "%", None, "increase"), "%", False, "exceeded"),
    ("equal", 12.0, "%", TargetFigure("12%", 12, None, None, "%", None, "increase"), "%", False, "met"),
    ("below", 11.0, "%", TargetFigure("12%", 12, None, None, "%", None, "increase"), "%", False, "missed"),
    ("inside-a-range", 127.0, "đảng viên", TargetFigure("125 - 130", None, 125, 130, "đảng viên", None, None),
     "đảng viên", False, "met"),
    ("floor-beaten", 85.0, "%", TargetFigure("80% trở lên", 80, None, None, "%", ">=", None), "%", False, "exceeded"),
    ("ceiling-kept", 3.5, "%", TargetFigure("dưới 4%", 4, None, None, "%", "<", None), "%", False, "exceeded"),
    ("poverty-level-above", 0.9, "%", TargetFigure("0,8%", 0.8, None, None, "%", None, None), "%", True, "missed"),
    ("other-unit", 6.0, "USD", TargetFigure("12%", 12, None, None, "%", None, "increase"), "%", False, None),
]


@pytest.mark.parametrize(("achieved", "unit", "target", "target_unit", "lower", "verdict"),
                         [c[1:] for c in JUDGE], ids=[c[0] for c in JUDGE])
def test_judge(achieved: float, unit: str, target: TargetFigure, target_unit: str, lower: bool,
               verdict: str | None) -> None:
    assert ndb.judge(achieved, unit, target, target_unit, 1.0, lower) == verdict


def test_series_of_one_year(conn: sqlite3.Connection) -> None:
    found = ndb.series(conn, issuer="Hải Phòng", year=2021)
    assert found and all([r.year for r in s.rows] == [2021] for s in found)
    assert "Tỷ lệ che phủ rừng" not in {s.name for s in found}  # set from 2023 on


def test_compare_places(conn: sqlite3.Connection) -> None:
    rows = ndb.compare(conn, concept="grdp_growth", year=2023)
    assert [(i.place, r.target and r.target.value, r.verdict) for i, r in rows] == [
        ("Hải Phòng", 13.0, "missed"), ("Thái Bình", 10.0, "exceeded")]
    assert ndb.compare(conn, concept="grdp_growth", year=2023, level="district") == []


# --- loading again, FTS -----------------------------------------------------------------------

def _snapshot(conn: sqlite3.Connection) -> dict[str, object]:
    tables = ("issuers", "documents", "meetings", "series", "indicators", "targets", "results", "assignments",
              "recipients", "references")
    counts = {t: _count(conn, f'SELECT COUNT(*) FROM "{t}"') for t in tables}
    series = [(s.name, [(r.year, r.verdict) for r in s.rows]) for s in ndb.series(conn)]
    return {"counts": counts, "series": series}


def test_loading_again_changes_nothing(conn: sqlite3.Connection, results_file: Path) -> None:
    before = _snapshot(conn)
    summary = ndb.load(conn, [results_file])
    assert summary.replaced == 9
    assert _snapshot(conn) == before


def test_a_document_extracted_again_replaces_its_rows(conn: sqlite3.Connection, results_file: Path,
                                                      tmp_path: Path) -> None:
    first = json.loads(results_file.read_text(encoding="utf-8").splitlines()[0])
    first["nqparse_version"] = "9.9.9"
    first["indicators"] = first["indicators"][:1]
    again = tmp_path / "again.json"
    again.write_text(json.dumps(first, ensure_ascii=False), encoding="utf-8")
    ndb.load(conn, [again])
    sha = first["source"]["sha256"]
    assert _count(conn, "SELECT COUNT(*) FROM documents WHERE sha256 = ?", sha) == 1
    assert _count(conn, "SELECT COUNT(*) FROM indicators i JOIN documents d ON d.id = i.document_id "
                        "WHERE d.sha256 = ?", sha) == 1
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_full_text_search(conn: sqlite3.Connection) -> None:
    hits = conn.execute("SELECT i.name, i.text FROM indicators_fts f JOIN indicators i ON i.id = f.rowid "
                        "WHERE indicators_fts MATCH 'bao hiem'").fetchall()
    assert {"Tỷ lệ dân số tham gia bảo hiểm y tế", "Tỷ lệ người dân tham gia bảo hiểm y tế"} <= {h[0] for h in hits}
    assert all("bảo hiểm" in f"{name} {text}" for name, text in hits)
    titles = [r[0] for r in conn.execute("SELECT d.title FROM documents_fts f JOIN documents d ON d.id = f.rowid "
                                         "WHERE documents_fts MATCH '2024'")]
    assert len(titles) == 3


def test_opens_in_sqlite_utils(conn: sqlite3.Connection, tmp_path: Path) -> None:
    sqlite_utils = pytest.importorskip("sqlite_utils")
    db = sqlite_utils.Database(tmp_path / "targets.db")
    assert db["indicators"].detect_fts() == "indicators_fts"
    assert db["documents"].detect_fts() == "documents_fts"
    assert any("GRDP" in row["name"] for row in db["indicators"].search("grdp"))


# --- commands -----------------------------------------------------------------------------------

@pytest.fixture
def built(results_file: Path, tmp_path: Path) -> Path:
    database = tmp_path / "cli.db"
    result = CliRunner().invoke(main, ["db", "build", str(results_file), "-d", str(database)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("9 documents loaded")
    return database


@pytest.mark.parametrize("fmt", ["json", "csv", "markdown", "table"])
def test_track_formats(built: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["track", str(built), "--issuer", "Hải Phòng", "--indicator", "GRDP",
                                       "--format", fmt])
    assert result.exit_code == 0, result.output
    if fmt == "json":
        data = json.loads(result.output)
        assert [s["concept"] for s in data] == ["grdp_growth", "grdp_per_capita"]
    elif fmt == "csv":
        assert result.output.splitlines()[1].startswith("Hải Phòng,Tăng trưởng GRDP,grdp_growth,2021,")
    else:
        assert "12,38%" in result.output


def test_query_command(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", str(built), "--concept", "health_insurance_coverage",
                                       "--year", "2023", "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [line.split(",")[0] for line in result.output.splitlines()[1:]] == ["Hải Phòng", "Kiến An", "Thái Bình"]


def test_nothing_matched_exits_1(built: Path) -> None:
    result = CliRunner().invoke(main, ["track", str(built), "--issuer", "Đà Nẵng", "--format", "json"])
    assert result.exit_code == 1
    assert json.loads(result.output) == []


@pytest.mark.parametrize("make", ["missing", "not-sqlite"])
def test_bad_database_is_one_line(tmp_path: Path, make: str) -> None:
    path = tmp_path / "x.db"
    if make == "not-sqlite":
        path.write_text("hello, not a database " * 20, encoding="utf-8")
    result = CliRunner().invoke(main, ["track", str(path)])
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and str(path) in result.output


def test_batch_writes_the_database(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    shutil.copytree(CORPUS / "thaibinh", folder)
    database = tmp_path / "batch.db"
    result = CliRunner().invoke(main, ["batch", str(folder), "-o", str(tmp_path / "out"), "--db", str(database),
                                       "-q", "-j", "1"])
    assert result.exit_code == 0, result.output
    conn = ndb.connect(database, create_tables=False)
    assert _count(conn, "SELECT COUNT(*) FROM documents") == 2
    assert [r.verdict for r in ndb.series(conn, concept="grdp_growth")[0].rows] == ["exceeded", "exceeded", None]


def test_opens_in_datasette_with_search(conn: sqlite3.Connection, tmp_path: Path) -> None:
    pytest.importorskip("datasette")
    import subprocess
    import sys

    got = subprocess.run([sys.executable, "-m", "datasette", str(tmp_path / "targets.db"), "--get",
                          "/targets/indicators.json?_search=grdp&_shape=array&_col=name"],
                         capture_output=True, text=True, timeout=120, check=True)
    names = {row["name"] for row in json.loads(got.stdout)}
    assert {"Tăng trưởng GRDP", "GRDP bình quân đầu người", "Tốc độ tăng trưởng GRDP"} <= names
