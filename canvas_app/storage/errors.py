"""The one error type of loading, the one of saving, and load warnings.

Each carries a stable ``code`` and ``params`` (plain strings and numbers, never display
text); ``message(lang)`` builds one sentence in the language the caller shows it in
(canvas_app.text.errors); ``str()`` of one is English, for logs.
"""

from __future__ import annotations

from typing import Any

from canvas_app.text.language import Language

__all__ = ["LoadError", "SaveError", "LoadWarning"]


class _CodedError(Exception):
    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})
        super().__init__(code, self.params)

    def __str__(self) -> str:
        try:
            return self.message()
        except Exception:  # noqa: BLE001 - str() of an error must never fail
            return f"{self.code}: {self.params}"

    def message(self, lang: Language = Language("en")) -> str:  # pragma: no cover - overridden
        raise NotImplementedError


class LoadError(_CodedError):
    """A project file could not be opened.

    Codes: ``not_found``, ``not_a_file`` (a folder, pipe, device or socket:
    ``params["kind"]``), ``unreadable``, ``too_large``, ``not_utf8``, ``empty``,
    ``not_json``, ``duplicate_key``, ``not_finite``, ``number_too_long`` (a whole number
    with more digits than Python converts: ``digits``, ``line``, ``column``; line 0 when
    not found), ``too_deep``, ``not_a_plan``,
    ``bad_version``, ``unsupported_version``, ``migration_failed``, ``bad_text``,
    ``invalid_value``, ``bad_reference``, ``unknown_field``, ``internal``.
    ``params["file"]`` is always the file's name.
    """

    def message(self, lang: Language = Language("en")) -> str:
        from canvas_app.text.errors import load_error_message

        return load_error_message(self.code, self.params, lang)


class SaveError(_CodedError):
    """A plan could not be saved; the file on disk is unchanged.

    Codes: ``disk_full``, ``permission``, ``read_only``, ``no_folder``, ``too_big``,
    ``is_folder``, ``not_a_file`` (a pipe, device or socket has the name), ``too_large``, ``not_serializable``, ``invalid_plan`` (the file would
    not open again: ``params["problem"]`` says why), ``changed_on_disk`` (someone else
    replaced the file since it was opened or last saved; nothing was written), ``other``.
    """

    def message(self, lang: Language = Language("en")) -> str:
        from canvas_app.text.errors import save_error_message

        return save_error_message(self.code, self.params, lang)


class LoadWarning:
    """Something the user should know about a file that did open.

    Codes: ``newer_version`` (opened read-only), ``migrated`` (from an older schema;
    saving writes the current one).
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, params: dict[str, Any] | None = None) -> None:
        self.code = code
        self.params: dict[str, Any] = dict(params or {})

    def __repr__(self) -> str:
        return f"LoadWarning({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, LoadWarning) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)

    def message(self, lang: Language = Language("en")) -> str:
        from canvas_app.text.errors import load_warning_message

        return load_warning_message(self.code, self.params, lang)
