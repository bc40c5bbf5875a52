"""Identifiers the station types every day: VIN (GB 16735), plates (GA 36-2018), phones, 统一社会信用代码.

Each ``normalise_*`` folds what a person or a scanner typed (full-width, lower case, spaces, dots,
dashes) to the canonical form; each ``check_*`` raises a ``ValidationError`` the user can read.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from stdnum.cn import uscc

from services.common.errors import QT_TRANSLATE_NOOP, ValidationError

# ---- VIN ----------------------------------------------------------------------------------

VIN_ALPHABET = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"
_VIN_VALUES = {
    **{str(d): d for d in range(10)},
    "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
    "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
    "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9,
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def fold(text: str) -> str:
    """Full-width to half-width (NFKC), stripped."""
    return unicodedata.normalize("NFKC", text or "").strip()


def normalise_vin(text: str) -> str:
    return re.sub(r"[\s\-·.]", "", fold(text)).upper()


def vin_check_character(vin: str) -> str:
    total = sum(_VIN_VALUES[c] * w for c, w in zip(vin, _VIN_WEIGHTS, strict=True))
    r = total % 11
    return "X" if r == 10 else str(r)


@dataclass(frozen=True)
class VinCheck:
    vin: str
    check_ok: bool
    expected: str


def check_vin(text: str) -> VinCheck:
    """Validate a VIN's form; report (not raise) a wrong check character, which an override may accept."""
    vin = normalise_vin(text)
    if len(vin) != 17:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "A VIN has 17 characters; {vin} has {n}."), field="vin", vin=vin, n=len(vin)
        )
    bad = sorted({c for c in vin if c not in VIN_ALPHABET})
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "A VIN uses digits and letters except I, O and Q; {vin} has {chars}."),
            field="vin", vin=vin, chars=" ".join(bad),
        )
    expected = vin_check_character(vin)
    return VinCheck(vin, vin[8] == expected, expected)


def require_vin(text: str, *, override_reason: str | None = None) -> VinCheck:
    """A VIN whose check character is right, or wrong with a stated reason (imported cars)."""
    result = check_vin(text)
    if not result.check_ok and not (override_reason or "").strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceError",
                "The check character (9th) of VIN {vin} should be {expected}. Check the VIN; for an imported "
                "car that really has this VIN, give a reason to accept it.",
            ),
            field="vin", vin=result.vin, expected=result.expected,
        )
    return result


def make_vin(prefix17: str) -> str:
    """Put the right check character into position 9 of a 17-character VIN."""
    vin = normalise_vin(prefix17)
    return vin[:8] + vin_check_character(vin[:8] + "0" + vin[9:]) + vin[9:]


# ---- plates -------------------------------------------------------------------------------

PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_SERIAL = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # letters without I and O
_SPECIAL_LAST = "挂学警港澳"
# ordinary (GA 36-2018): province, office letter, 5 serial characters; the last may be 挂 学 警 港 澳
_PLATE_ORDINARY = re.compile(rf"^[{PROVINCES}][A-Z][{_SERIAL}]{{4}}[{_SERIAL}{_SPECIAL_LAST}]$")
# new energy, small cars: D (pure electric) or F (other), one digit or letter, then 4 digits (京AD12345,
# 沪AFK3921); large vehicles: 5 digits, then D or F (粤B12345D)
_PLATE_NEV_SMALL = re.compile(rf"^[{PROVINCES}][A-Z][DF][{_SERIAL}][0-9]{{4}}$")
_PLATE_NEV_LARGE = re.compile(rf"^[{PROVINCES}][A-Z][0-9]{{5}}[DF]$")
# unusual but real: embassy (使), consulate (领), temporary (临 / 临时), emergency rescue (应急)
_PLATE_UNUSUAL = (
    (re.compile(rf"^使[{_SERIAL}]{{6}}$"),
     QT_TRANSLATE_NOOP("ServiceError", "{plate} is an embassy plate (使): check it against the vehicle licence.")),
    (re.compile(rf"^[{PROVINCES}][A-Z][{_SERIAL}]{{4}}领$"),
     QT_TRANSLATE_NOOP("ServiceError", "{plate} is a consulate plate (领): check it against the vehicle licence.")),
    (re.compile(rf"^(临[{PROVINCES}][A-Z][{_SERIAL}]{{4,6}}|[{PROVINCES}][A-Z][{_SERIAL}]{{4,6}}临时?)$"),
     QT_TRANSLATE_NOOP("ServiceError", "{plate} is a temporary plate (临时): check it and its expiry date against "
                                       "the temporary licence.")),
    (re.compile(rf"^[{PROVINCES}][A-Z][{_SERIAL}]{{4,5}}应急$"),
     QT_TRANSLATE_NOOP("ServiceError", "{plate} is an emergency-rescue plate (应急): check it against the vehicle "
                                       "licence.")),
)
PLATE_KINDS = ("ordinary", "new_energy", "unusual")


@dataclass(frozen=True)
class PlateCheck:
    """A plate that passed. ``warning`` (unusual plates) is an English source text with ``{plate}``."""

    plate: str
    kind: str  # ordinary, new_energy, unusual
    warning: str | None = None


def normalise_plate(text: str) -> str:
    return re.sub(r"[\s·•\-.]", "", fold(text)).upper()


def check_plate(text: str) -> PlateCheck:
    """Validate a plate by GA 36-2018; unusual but real plates (使, 领, 临时, 应急) pass with a warning."""
    plate = normalise_plate(text)
    if not plate:
        raise ValidationError(QT_TRANSLATE_NOOP("ServiceError", "Enter the plate number."), field="plate")
    if _PLATE_ORDINARY.match(plate):
        return PlateCheck(plate, "ordinary")
    if _PLATE_NEV_SMALL.match(plate) or _PLATE_NEV_LARGE.match(plate):
        return PlateCheck(plate, "new_energy")
    for pattern, warning in _PLATE_UNUSUAL:
        if pattern.match(plate):
            return PlateCheck(plate, "unusual", warning)
    if plate[0] not in PROVINCES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "A plate starts with a province character such as 京 or 粤; {plate} does not."),
            field="plate", plate=plate,
        )
    if "I" in plate[2:] or "O" in plate[2:]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "Plates use no letters I or O after the office letter: {plate}."),
            field="plate", plate=plate,
        )
    if len(plate) == 8:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceError",
                "{plate} is not a new-energy plate: a small car's has D or F, one more digit or letter and 4 digits "
                "(京AD12345, 沪AFK3921); a large vehicle's has 5 digits, then D or F (粤B12345D).",
            ),
            field="plate", plate=plate,
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("ServiceError", "{plate} is not a valid plate number."), field="plate", plate=plate
    )


# ---- phones and company codes ---------------------------------------------------------------


def normalise_phone(text: str) -> str:
    digits = re.sub(r"[^\d]", "", fold(text))
    if digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    return digits


def check_mobile(text: str) -> str:
    phone = normalise_phone(text)
    if not re.fullmatch(r"1[3-9]\d{9}", phone):
        raise ValidationError(
            QT_TRANSLATE_NOOP("ServiceError", "A mobile number has 11 digits and starts with 1: {phone}."),
            field="phone", phone=text.strip(),
        )
    return phone


def mask_phone(phone: str | None) -> str:
    """138****1234, for people who do not call customers."""
    if not phone:
        return ""
    if len(phone) >= 11:
        return phone[:3] + "****" + phone[-4:]
    if len(phone) > 4:
        return "*" * (len(phone) - 4) + phone[-4:]
    return "****"


def check_credit_code(text: str) -> str:
    """统一社会信用代码: 18 characters with a check character (python-stdnum)."""
    code = re.sub(r"\s", "", fold(text)).upper()
    try:
        return uscc.validate(code)
    except Exception:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "ServiceError",
                "{code} is not a valid unified social credit code (18 characters with a check character).",
            ),
            field="credit_code", code=code,
        ) from None
