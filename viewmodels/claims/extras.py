"""The warranty desk's two side tools: the appraisal's photos of the chosen claim, and the manufacturer's
submission layout (which column holds which field under which header).

``ClaimPhotosViewModel`` signals:
    photosChanged(): the chosen claim's photos were reloaded.
    attached(int): photos were attached (how many); the page reloads the claim for its count.
    imageReady(object, object): (``ClaimPhotoInfo``, bytes) of a photo to show.
    errorChanged(str), messageChanged(str), busyChanged(bool).

``SubmissionLayoutViewModel`` signals:
    loaded(object): the ``SubmissionLayout`` to edit.
    saved(object): the layout saved (or reset).
    errorChanged(str), messageChanged(str), busyChanged(bool).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from services.claims.layout import FIELDS, SubmissionColumn, builtin_layout
from services.users.permissions import Permission
from viewmodels.claims.desk import DeskTasks
from viewmodels.common.errors import describe
from viewmodels.common.models import Column, LocalTime, RowsModel, translated
from viewmodels.common.tasks import TaskRunner


def _attach_all(service, actor, claim_id: int, paths: list[str]) -> tuple[int, list[str]]:
    """Each file on its own (one photo, one transaction): what went in, and each refusal in words."""
    added, refused = 0, []
    for path in paths:
        try:
            service.add_photo_file(actor, claim_id, path)
            added += 1
        except Exception as exc:  # noqa: BLE001 - every refusal is told, the other files still go in
            refused.append(describe(exc))
    return added, refused


class ClaimPhotosViewModel(DeskTasks, QObject):
    photosChanged = Signal()
    attached = Signal(int)
    imageReady = Signal(object, object)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    FILE_FILTER = QT_TRANSLATE_NOOP("ClaimPhotos", "Photos (*.jpg *.jpeg *.png)")

    def __init__(self, claims, actor, tasks: TaskRunner, *, clock, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = claims
        self.actor = actor
        self.tasks = tasks
        self.can_add = actor.can(Permission.APPRAISE_CLAIMS) or actor.can(Permission.EDIT_CLAIMS)
        self.claim = None
        self._busy = 0
        self.photos = RowsModel([
            Column(QT_TRANSLATE_NOOP("ClaimPhotos", "Photo"), lambda p: p.file_name),
            Column(QT_TRANSLATE_NOOP("ClaimPhotos", "Size"),
                   lambda p: f"{p.width}×{p.height}, {max(1, round(p.size / 1024))} KB"),
            Column(QT_TRANSLATE_NOOP("ClaimPhotos", "Added"), lambda p: p.added_at),
            Column(QT_TRANSLATE_NOOP("ClaimPhotos", "By"), lambda p: p.added_by),
        ], self, context="ClaimPhotos", local=LocalTime(clock.local))

    def set_claim(self, claim) -> None:
        """The claim the page shows (its photos come with it)."""
        self.claim = claim
        self.photos.set_rows(list(claim.photos) if claim is not None else [])
        self.photosChanged.emit()

    def can_change(self) -> bool:
        return self.can_add and self.claim is not None and self.claim.status in ("draft", "submitted")

    def attach(self, paths: list[str]) -> None:
        claim = self.claim
        if claim is None:
            self.errorChanged.emit(QCoreApplication.translate("ClaimPhotos", "Choose a claim first."))
            return
        if not paths:
            return

        def done(result) -> None:
            added, refused = result
            if refused:
                self.errorChanged.emit("\n".join(refused))
            if added:
                self.messageChanged.emit(QCoreApplication.translate("ClaimPhotos", "{count} photos attached to "
                                                                                   "{number}.").format(
                    count=added, number=claim.number))
                self.attached.emit(added)

        self._run("claims.photos.attach", _attach_all, self.service, self.actor, claim.id, list(paths),
                  on_done=done)

    def show(self, row: int) -> None:
        photo = self.photos.row_object(row)
        if photo is not None:
            self._run("claims.photos.show", self.service.photo_data, self.actor, photo.id,
                      on_done=lambda result: self.imageReady.emit(*result))

    def remove(self, row: int) -> None:
        photo = self.photos.row_object(row)
        if photo is None:
            self.errorChanged.emit(QCoreApplication.translate("ClaimPhotos", "Choose a photo first."))
            return

        def done(_none) -> None:
            self._say(QCoreApplication.translate("ClaimPhotos", "Photo {file} removed.").format(file=photo.file_name))
            self.attached.emit(0)

        self._run("claims.photos.remove", self.service.remove_photo, self.actor, photo.id, on_done=done)


class SubmissionLayoutViewModel(DeskTasks, QObject):
    loaded = Signal(object)
    saved = Signal(object)
    errorChanged = Signal(str)
    messageChanged = Signal(str)
    busyChanged = Signal(bool)

    def __init__(self, claims, actor, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = claims
        self.actor = actor
        self.tasks = tasks
        self.can_edit = actor.can(Permission.EDIT_CLAIMS) or actor.can(Permission.EDIT_SETTINGS)
        self.layout = None
        self._busy = 0

    @staticmethod
    def fields() -> list[tuple[str, str]]:
        """The fields a column can hold: (key, name in the user's language)."""
        return [(key, translated("ClaimsExport", name)) for key, name in FIELDS.items()]

    @staticmethod
    def default_header(field: str) -> str:
        return translated("ClaimsExport", FIELDS.get(field, field))

    @staticmethod
    def next_free(rows: list[tuple[str, str, str]]) -> tuple[str, str]:
        """The column after the rightmost one given, and the first field no column holds yet."""
        from openpyxl.utils import column_index_from_string, get_column_letter

        last = 0
        for column, _field, _header in rows:
            letters = (column or "").strip().upper()
            if letters.isascii() and letters.isalpha() and len(letters) <= 3:
                last = max(last, column_index_from_string(letters))
        used = {field for _c, field, _h in rows}
        field = next((key for key in FIELDS if key not in used), next(iter(FIELDS)))
        return get_column_letter(last + 1), field

    def rows(self) -> list[tuple[str, str, str]]:
        """(column, field, header) to edit: the saved headers, or the built-in layout's in the user's language."""
        layout = self.layout or builtin_layout()
        return [(c.column, c.field, c.header if layout.custom else self.default_header(c.field))
                for c in layout.columns]

    def load(self) -> None:
        self._run("claims.layout", self.service.submission_layout, self.actor, on_done=self._loaded)

    def _loaded(self, layout) -> None:
        self.layout = layout
        self.loaded.emit(layout)

    def save(self, rows: list[tuple[str, str, str]], sheet: str) -> None:
        columns = [SubmissionColumn(col, field, header) for col, field, header in rows]

        def done(layout) -> None:
            self.layout = layout
            self._say(QCoreApplication.translate("SubmissionLayout", "The submission layout was saved: the next "
                                                                     "workbook follows it."))
            self.saved.emit(layout)

        self._run("claims.layout.save", self.service.save_submission_layout, self.actor, columns, sheet=sheet,
                  version=self.layout.version if self.layout is not None else None, on_done=done)

    def reset(self) -> None:
        def done(layout) -> None:
            self.layout = layout
            self._say(QCoreApplication.translate("SubmissionLayout", "Back to the built-in layout."))
            self.saved.emit(layout)

        self._run("claims.layout.reset", self.service.reset_submission_layout, self.actor,
                  version=self.layout.version if self.layout is not None else None, on_done=done)
