"""The appraisal's photos (索赔鉴定照片): the failed part, the fault code on the tester, the odometer.

They are kept in the database, not in a folder: every PC of the station sees them, on SQLite and on a
shared PostgreSQL alike, and a backup of the database holds them. A photo is a JPEG or PNG of at most
``MAX_BYTES`` (a phone's photo; the manufacturers' portals take no more) and ``MAX_PIXELS``; anything
else is refused with the reason. A claim holds at most ``MAX_PER_CLAIM``; the same picture once.
"""

from __future__ import annotations

import hashlib
import io
import warnings
from pathlib import Path

from sqlalchemy import func, select

from app.db.engine import Database
from app.db.models.claims import ClaimPhoto, WarrantyClaim
from services.claims.data import ClaimPhotoInfo
from services.common.clock import Clock
from services.common.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from services.users.audit import AuditLog
from services.users.permissions import Actor, Permission

MAX_BYTES = 8 * 1024 * 1024
MAX_PIXELS = 50_000_000
MAX_PER_CLAIM = 30
FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png"}
# a photo may be added until the manufacturer has decided (it may ask for one more after the submission)
OPEN_FOR_PHOTOS = frozenset({"draft", "submitted"})


def _mb(n: int) -> str:
    return f"{n / 1024 / 1024:.1f}"


def inspect_image(data: bytes, name: str) -> tuple[str, int, int]:
    """The photo's MIME type, width and height; a clear refusal for what is not a JPEG or PNG picture."""
    if not data:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is empty."), field="photo", file=name)
    if len(data) > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is {size} MB: a photo may have at most "
                                                                "{limit} MB. Send a smaller copy (the phone's "
                                                                "“medium” size)."),
                              field="photo", file=name, size=_mb(len(data)), limit=_mb(MAX_BYTES))
    from PIL import Image, UnidentifiedImageError

    not_a_photo = ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is not a photo: attach a JPEG or PNG "
                                                                    "picture."), field="photo", file=name)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as img:
                kind, (width, height) = img.format, img.size
                img.verify()
    except (UnidentifiedImageError, Image.DecompressionBombWarning, Image.DecompressionBombError):
        raise not_a_photo from None
    except (OSError, SyntaxError, ValueError):  # a broken or cut-off file: Pillow names no single error
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is damaged or cut off: copy it from the "
                                                                "camera again."), field="photo", file=name) from None
    if kind not in FORMATS:
        raise not_a_photo
    if width * height > MAX_PIXELS:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} has too many pixels ({width}×{height})."),
                              field="photo", file=name, width=width, height=height)
    return FORMATS[kind], width, height


def _info(p: ClaimPhoto) -> ClaimPhotoInfo:
    return ClaimPhotoInfo(p.id, p.claim_id, p.file_name, p.mime, p.size, p.width, p.height, p.caption, p.added_at,
                          p.added_by)


class ClaimPhotos:
    def __init__(self, db: Database, audit: AuditLog, clock: Clock) -> None:
        self.db = db
        self.audit = audit
        self.clock = clock

    @staticmethod
    def _require_editor(actor: Actor) -> None:
        if not actor.can(Permission.APPRAISE_CLAIMS):
            actor.require(Permission.EDIT_CLAIMS)

    def photos(self, actor: Actor, claim_id: int) -> list[ClaimPhotoInfo]:
        actor.require(Permission.VIEW_CLAIMS)
        with self.db.read() as s:
            return [_info(p) for p in s.scalars(select(ClaimPhoto).where(ClaimPhoto.claim_id == claim_id)
                                                .order_by(ClaimPhoto.added_at, ClaimPhoto.id))]

    def photo_data(self, actor: Actor, photo_id: int) -> tuple[ClaimPhotoInfo, bytes]:
        actor.require(Permission.VIEW_CLAIMS)
        with self.db.read() as s:
            p = s.get(ClaimPhoto, photo_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such photo."))
            return _info(p), bytes(p.data)

    def add_file(self, actor: Actor, claim_id: int, path: str | Path, caption: str = "") -> ClaimPhotoInfo:
        """Attach the picture at ``path`` (its size checked before it is read)."""
        self._require_editor(actor)
        path = Path(path)
        try:
            size = path.stat().st_size
            if size > MAX_BYTES:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is {size} MB: a photo may have at "
                                                                        "most {limit} MB. Send a smaller copy (the "
                                                                        "phone's “medium” size)."),
                                      field="photo", file=path.name, size=_mb(size), limit=_mb(MAX_BYTES))
            data = path.read_bytes()
        except (FileNotFoundError, IsADirectoryError, PermissionError):
            raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} cannot be read."), field="photo",
                                  file=path.name) from None
        return self.add(actor, claim_id, path.name, data, caption)

    def add(self, actor: Actor, claim_id: int, file_name: str, data: bytes, caption: str = "") -> ClaimPhotoInfo:
        self._require_editor(actor)
        name = (file_name or "").strip().replace("\\", "/").rsplit("/", 1)[-1][:255] or "photo"
        mime, width, height = inspect_image(data, name)
        digest = hashlib.sha256(data).hexdigest()
        with self.db.write() as s:
            c = s.get(WarrantyClaim, claim_id, with_for_update=True)
            if c is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such warranty claim."))
            if c.status not in OPEN_FOR_PHOTOS:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has been decided: its photos "
                                                                        "can no longer change."), number=c.number)
            if s.scalar(select(ClaimPhoto.id).where(ClaimPhoto.claim_id == c.id, ClaimPhoto.sha256 == digest)):
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "{file} is attached to claim {number} "
                                                                        "already."),
                                      field="photo", file=name, number=c.number)
            count = s.scalar(select(func.count()).select_from(ClaimPhoto).where(ClaimPhoto.claim_id == c.id)) or 0
            if count >= MAX_PER_CLAIM:
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has {count} photos, the most "
                                                                        "it can hold."),
                                      field="photo", number=c.number, count=count)
            p = ClaimPhoto(claim_id=c.id, file_name=name, mime=mime, size=len(data), width=width, height=height,
                           sha256=digest, caption=(caption or "").strip()[:255], data=data,
                           added_at=self.clock.now(), added_by=actor.display_name or actor.username)
            s.add(p)
            s.flush()
            self.audit.record(s, actor, "claims.photo_add", "warranty_claim", c.number, name[:255],
                              details={"photo": p.id, "size": len(data), "sha256": digest})
            return _info(p)

    def remove(self, actor: Actor, photo_id: int) -> None:
        """Take a photo off a claim that has not been submitted yet."""
        self._require_editor(actor)
        with self.db.write() as s:
            p = s.get(ClaimPhoto, photo_id)
            if p is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such photo."))
            c = s.get(WarrantyClaim, p.claim_id, with_for_update=True)
            if c is None:
                raise NotFound(QT_TRANSLATE_NOOP("ServiceError", "No such warranty claim."))
            if c.status != "draft":
                raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Claim {number} has been submitted: its "
                                                                        "photos stay with it."), number=c.number)
            self.audit.record(s, actor, "claims.photo_remove", "warranty_claim", c.number, p.file_name,
                              details={"photo": p.id, "sha256": p.sha256})
            s.delete(p)
