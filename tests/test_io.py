"""Reading inputs: encodings, line ends, JSONL, directories, and bad input as error records."""

from __future__ import annotations

import io
import json

import pytest

from policytext.io.read import iter_inputs, read_stream
from policytext.spans import source_span

TEXT = "到2025年，清洁能源装备制造产业产值突破1000亿元。\n德阳將繼續發揚優勢。\n"
TRAD = "中國高新技術產業經濟研究院在北京組織召開了專家論證會，產業發展。\n"

ENCODINGS = [
    # (file name, bytes, expected text, expected meta.encoding)
    ("utf8.txt", TEXT.encode("utf-8"), TEXT, "utf-8"),
    ("bom.txt", b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT, "utf-8-sig"),
    ("gbk.txt", TEXT.replace("將繼續發揚優勢", "将继续发扬优势").encode("gbk"), TEXT.replace("將繼續發揚優勢", "将继续发扬优势"), "gb18030"),
    ("big5.txt", TRAD.encode("big5"), TRAD, "big5"),
    ("utf16le.txt", TEXT.encode("utf-16"), TEXT, "utf-16-le"),
    ("utf16be.txt", b"\xfe\xff" + TEXT.encode("utf-16-be"), TEXT, "utf-16-be"),
]


@pytest.mark.parametrize("name,data,text,encoding", ENCODINGS)
def test_encodings_are_detected(tmp_path, name, data, text, encoding):
    path = tmp_path / name
    path.write_bytes(data)
    [record] = list(iter_inputs([str(path)]))
    assert record["text"] == text
    assert record["meta"]["encoding"] == encoding
    assert record["id"] == path.stem and record["source"] == str(path)


def test_crlf_and_cr_become_lf_and_offsets_point_into_the_raw_text(tmp_path):
    raw = "第一行，产值1000亿元\r\n第二行\r第三行50%\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(raw.encode("utf-8"))
    [record] = list(iter_inputs([str(path)]))
    assert record["text"] == "第一行，产值1000亿元\n第二行\n第三行50%\n"
    start = record["text"].index("50%")
    s, e = source_span(record, start, start + 3)
    assert raw[s:e] == "50%"


@pytest.mark.parametrize("name,data,message", [
    ("empty.txt", b"", "empty input"),
    ("blank.txt", b"\n \n", "empty input"),
    ("binary.txt", bytes(range(256)) * 4, "binary"),
    ("latin1.txt", "café naïve über".encode("latin-1") * 3, "decode"),
])
def test_bad_files_become_error_records(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    [record] = list(iter_inputs([str(path)]))
    assert "text" not in record
    assert record["source"] == str(path)
    assert message in record["error"]["message"]


def test_missing_file_is_an_error_record_and_the_rest_still_come(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(TEXT, encoding="utf-8")
    records = list(iter_inputs([str(tmp_path / "nope.txt"), str(good)]))
    assert [("error" in r) for r in records] == [True, False]
    assert "no such file" in records[0]["error"]["message"]


def test_jsonl_lines_are_records_and_bad_lines_name_file_and_line(tmp_path):
    path = tmp_path / "docs.jsonl"
    lines = [json.dumps({"id": "a", "text": "甲"}, ensure_ascii=False), "{not json", json.dumps({"text": "乙"}, ensure_ascii=False), "[1]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = list(iter_inputs([str(path)]))
    assert records[0] == {"id": "a", "text": "甲", "source": str(path)}
    assert records[1]["source"] == f"{path}:2" and "malformed JSON" in records[1]["error"]["message"]
    assert records[2]["id"] == "docs#3" and records[2]["text"] == "乙"
    assert records[3]["source"] == f"{path}:4"


def test_directories_are_walked_in_sorted_order(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("乙文", encoding="utf-8")
    (tmp_path / "sub" / "a.txt").write_text("甲文", encoding="utf-8")
    (tmp_path / "skip.csv").write_text("x", encoding="utf-8")
    ids = [r["id"] for r in iter_inputs([str(tmp_path)])]
    assert ids == ["b", "a"]


def test_globs_are_expanded(tmp_path):
    for n in ("x1.txt", "x2.txt", "y.txt"):
        (tmp_path / n).write_text("文本", encoding="utf-8")
    ids = [r["id"] for r in iter_inputs([str(tmp_path / "x*.txt")])]
    assert ids == ["x1", "x2"]


def test_stdin_text_and_stdin_jsonl():
    [text_record] = list(read_stream(io.BytesIO(TEXT.encode("utf-8"))))
    assert text_record["text"] == TEXT and text_record["source"] == "-"
    stream = io.BytesIO(b'{"id": "k", "text": "\xe4\xb8\x80"}\n\n{"id": "m", "text": "x"}\n')
    assert [r["id"] for r in read_stream(stream)] == ["k", "m"]


def test_a_text_file_too_large_for_one_document_is_refused_unread(tmp_path, monkeypatch):
    import policytext.io.read as read

    monkeypatch.setattr(read, "MAX_TEXT_BYTES", 100)
    path = tmp_path / "dump.txt"
    path.write_text("产值" * 100, encoding="utf-8")
    [record] = list(iter_inputs([str(path)]))
    assert "larger than one document can be" in record["error"]["message"]
