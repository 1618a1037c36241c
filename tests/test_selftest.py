"""``emudesk self-test`` passes on a sound installation and names what fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from emudesk.cli import main, selftest


def test_self_test_passes_and_leaves_the_users_data_alone(
    private_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sorted(private_home.rglob("*"))
    assert main(["self-test"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "ok      cơ sở dữ liệu và nâng cấp cấu trúc",
        "ok      tệp Excel trao đổi",
        "ok      bằng khen",
        "ok      hồ sơ (Word và PDF)",
        "ok      sắp xếp và chữ hoa tiếng Việt (ICU)",
        "ok      trình kết nối PostgreSQL",
        "ok      hướng dẫn sử dụng (F1)",
        "ok      cửa sổ chính",
    ]
    assert lines[-1] == "Tất cả các mục kiểm tra đều đạt."
    assert sorted(private_home.rglob("*")) == before


def test_a_failing_step_is_named_and_the_exit_status_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = selftest._steps

    def broken(folder: Path):  # type: ignore[no-untyped-def]
        steps = real(folder)

        def no_fonts() -> str:
            raise FileNotFoundError("LiberationSerif-Regular.ttf")

        return [steps[0], ("bằng khen", no_fonts)]

    monkeypatch.setattr(selftest, "_steps", broken)
    assert main(["self-test"]) == 3
    out = capsys.readouterr().out
    assert "FAILED  bằng khen: FileNotFoundError('LiberationSerif-Regular.ttf')" in out
    assert out.splitlines()[-1] == "1 mục kiểm tra không đạt."
