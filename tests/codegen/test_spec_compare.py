"""``kling-codegen compare``: drift against the gateway's published documents (vendored fixtures
extracted from the seed pages), known when an x-kling-disagreement names it, new otherwise."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from codegen.cli import main
from codegen.speclife.compare import Drift, compare, read_all
from codegen.speclife.upstream import read_document
from spec import SPEC_DIR, load_bundle, resolve

UPSTREAM = sorted((Path(__file__).parent / "upstream").glob("*.openapi.yaml"))
GENERATIONS = "/v1/images/generations"


@pytest.fixture(scope="module")
def ours() -> dict[str, Any]:
    return load_bundle(SPEC_DIR)


@pytest.fixture(scope="module")
def documents() -> dict[str, Any]:
    return read_all(UPSTREAM)


def _request(bundle: dict[str, Any]) -> dict[str, Any]:
    body = bundle["paths"][GENERATIONS]["post"]["requestBody"]
    schema: dict[str, Any] = resolve(
        bundle, resolve(bundle, body)["content"]["application/json"]["schema"]
    )
    return schema


def _new(found: list[Drift]) -> list[Drift]:
    return [drift for drift in found if not drift.known]


def test_every_drift_of_the_vendored_spec_is_recorded(ours: Any, documents: Any) -> None:
    assert [drift.line() for drift in _new(compare(ours, documents))] == []


def test_a_recorded_disagreement_is_shown_as_known(ours: Any, documents: Any) -> None:
    found = compare(ours, documents)
    defaults = [d for d in found if d.kind == "default-differs" and d.field == "model_name"]
    assert defaults and all("model_name" in d.known for d in defaults)


def test_an_enum_value_we_lack_is_new_drift(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    schema = _request(mutated)
    schema["properties"]["resolution"]["enum"].remove("2k")
    found = _new(compare(mutated, documents))
    kinds = {(d.kind, d.field) for d in found}
    assert ("enum-values-missing-here", "resolution") in kinds
    assert ("request-refused-here", "resolution") in kinds  # the generated resolution=2k request


def test_a_field_upstream_has_and_we_lack_is_new_drift(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    _request(mutated)["properties"].pop("watermark_info")
    found = _new(compare(mutated, documents))
    assert ("field-missing-here", "watermark_info") in {(d.kind, d.field) for d in found}


def test_an_upstream_operation_we_lack_is_new_drift(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    mutated["paths"].pop(GENERATIONS)
    found = _new(compare(mutated, documents))
    assert [(d.kind, d.operation) for d in found] == [
        ("operation-missing-here", "POST " + GENERATIONS)
    ]


def test_a_tighter_limit_refuses_upstream_samples(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    _request(mutated)["properties"]["n"]["maximum"] = 4
    found = _new(compare(mutated, documents))
    assert any(d.kind == "request-refused-here" and d.field == "n" for d in found)


def test_a_docs_page_embedding_the_document_reads_like_the_document(tmp_path: Path) -> None:
    text = UPSTREAM[0].read_text("utf-8")
    page = tmp_path / "page.txt"
    page.write_text(
        "# Some page\n\nwords\n\n````yaml api/x.json POST /kling/v1/x\n" + text + "````\n"
    )
    assert read_document(page) == read_document(UPSTREAM[0])


def test_compare_fails_on_new_drift_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = read_document(UPSTREAM[0])
    document["paths"]["/kling/v1/not-ours"] = {"post": {"responses": {}}}
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(document))
    assert main(["compare", str(extra)]) == 0
    assert main(["compare", str(extra), "--fail-on", "new"]) == 1
    assert "NEW    [operation-missing-here] POST /v1/not-ours" in capsys.readouterr().out
    assert main(["compare", str(extra), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["new"] == 1


def test_an_unreadable_upstream_document_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.txt"
    page.write_text("no document here\n")
    assert main(["compare", str(page)]) == 2
    assert capsys.readouterr().err.strip().count("\n") == 0


def test_drift_is_new_when_no_disagreement_names_its_field(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    operation = mutated["paths"][GENERATIONS]["post"]
    operation["x-kling-disagreement"] = [
        d for d in operation["x-kling-disagreement"] if "image_reference" not in d["topic"]
    ]
    found = _new(compare(mutated, documents))
    refused = {"image", "image_reference", "image_fidelity", "human_fidelity"}
    assert {(d.kind, d.field) for d in found} == {("request-refused-here", f) for f in refused}


def _planted(tmp_path: Path, old: str, new: str) -> dict[str, Any]:
    """The vendored documents with one edit to the image-generation page."""
    [page] = [path for path in UPSTREAM if "image-generation" in path.name]
    text = page.read_text("utf-8")
    assert old in text
    planted = tmp_path / page.name
    planted.write_text(text.replace(old, new, 1), encoding="utf-8")
    return read_all([planted if path == page else path for path in UPSTREAM])


def test_a_model_value_that_appears_upstream_later_is_new_drift(ours: Any, tmp_path: Path) -> None:
    documents = _planted(
        tmp_path,
        "                    - kling-v3\n",
        "                    - kling-v3\n                    - kling-v9\n",
    )
    found = _new(compare(ours, documents))
    assert ("enum-values-missing-here", "model_name", ("kling-v9",)) in {
        (d.kind, d.field, d.values) for d in found
    }
    assert {d.field for d in found} == {"model_name"}  # and its generated request, refused here


def test_an_upstream_default_that_changes_later_is_new_drift(ours: Any, tmp_path: Path) -> None:
    documents = _planted(tmp_path, "default: kling-v1\n", "default: kling-v2\n")
    found = _new(compare(ours, documents))
    assert [(d.kind, d.field, d.values) for d in found] == [
        ("default-differs", "model_name", ("kling-v2",))
    ]


def test_a_disagreement_without_pins_acknowledges_nothing(ours: Any, documents: Any) -> None:
    mutated = copy.deepcopy(ours)
    for entry in mutated["paths"][GENERATIONS]["post"]["x-kling-disagreement"]:
        entry.pop("acknowledges", None)
    found = _new(compare(mutated, documents))
    assert {d.field for d in found} >= {"model_name", "image", "image_reference"}


def test_a_new_finding_prints_the_pin_that_would_record_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = read_document(UPSTREAM[0])
    document["paths"]["/kling/v1/not-ours"] = {"post": {"responses": {}}}
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(document))
    main(["compare", str(extra)])
    assert "(pin: sha256:" in capsys.readouterr().out
