"""AppSettings: a pydantic model written to and read from QSettings explicitly."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from canvas_app.settings import MAX_RECENT, AppSettings


def ini(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_defaults_when_nothing_was_saved(tmp_path):
    settings = AppSettings.load(ini(tmp_path))
    assert settings == AppSettings()
    assert settings.language is None
    assert settings.recent_files == []
    assert settings.last_step == "overview"


def test_save_then_load_gives_the_same_settings(tmp_path):
    settings = AppSettings(language="ja", last_step="3")
    settings.add_recent("/plans/a.scanvas")
    settings.add_recent("/plans/計画.scanvas")
    settings.geometry = AppSettings.encode_bytes(QByteArray(b"\x00\x01geometry\xff"))
    settings.save(ini(tmp_path))
    loaded = AppSettings.load(ini(tmp_path))
    assert loaded == settings
    assert loaded.recent_files == ["/plans/計画.scanvas", "/plans/a.scanvas"]
    assert bytes(AppSettings.decode_bytes(loaded.geometry)) == b"\x00\x01geometry\xff"


def test_a_single_recent_file_survives_the_round_trip(tmp_path):
    settings = AppSettings()
    settings.add_recent("/only/one.scanvas")
    settings.save(ini(tmp_path))
    assert AppSettings.load(ini(tmp_path)).recent_files == ["/only/one.scanvas"]


def test_recent_files_are_unique_most_recent_first_and_capped():
    settings = AppSettings()
    for n in range(15):
        settings.add_recent(f"/p/{n}.scanvas")
    settings.add_recent("/p/12.scanvas")
    assert len(settings.recent_files) == MAX_RECENT
    assert settings.recent_files[:3] == ["/p/12.scanvas", "/p/14.scanvas", "/p/13.scanvas"]
    settings.remove_recent("/p/14.scanvas")
    assert "/p/14.scanvas" not in settings.recent_files
    settings.clear_recent()
    assert settings.recent_files == []


def test_bad_values_in_the_file_fall_back_to_defaults(tmp_path):
    raw = ini(tmp_path)
    raw.setValue("ui/language", "klingon")
    raw.setValue("window/last_step", "7")
    raw.setValue("window/geometry", "not base64 at all!")
    raw.setValue("files/recent", "/a.scanvas\n\n/b.scanvas\n/a.scanvas")
    raw.sync()
    settings = AppSettings.load(ini(tmp_path))
    assert settings.language is None
    assert settings.last_step == "overview"
    assert settings.recent_files == ["/a.scanvas", "/b.scanvas"]
    assert AppSettings.decode_bytes(settings.geometry).isEmpty()


def test_the_default_qsettings_of_a_test_is_a_temporary_file(qapp, _isolated_qsettings):
    settings = QSettings()
    assert settings.fileName().startswith(_isolated_qsettings)
