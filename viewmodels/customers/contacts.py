"""Contacts and drivers (送修人) of a customer as an editable table: name, relation, mobile, other
phone, whether they bring the car in. Numbers arrive masked for people who may not see them; a
masked number left as it is keeps the stored one (the row carries the stored contact's id)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QObject, Qt

from services.customers.service import ContactInfo, ContactInput
from viewmodels.common.models import Index, ObjectRole, translated

RELATIONS = (
    QT_TRANSLATE_NOOP("ContactRelation", "Self"), QT_TRANSLATE_NOOP("ContactRelation", "Spouse"),
    QT_TRANSLATE_NOOP("ContactRelation", "Family"), QT_TRANSLATE_NOOP("ContactRelation", "Driver"),
    QT_TRANSLATE_NOOP("ContactRelation", "Employee"), QT_TRANSLATE_NOOP("ContactRelation", "Finance"),
    QT_TRANSLATE_NOOP("ContactRelation", "Friend"),
)


def relation_choices() -> list[str]:
    return [translated("ContactRelation", r) for r in RELATIONS]


@dataclass
class ContactRow:
    name: str = ""
    relation: str = ""
    mobile: str = ""
    other_phone: str = ""
    is_driver: bool = True
    role: str = "driver"
    notes: str = ""
    id: int | None = None


NAME, RELATION, MOBILE, OTHER, DRIVER = range(5)


class ContactsModel(QAbstractTableModel):
    """The editable contacts table of the customer form."""

    HEADERS = (QT_TRANSLATE_NOOP("ContactTable", "Name"), QT_TRANSLATE_NOOP("ContactTable", "Relation"),
               QT_TRANSLATE_NOOP("ContactTable", "Mobile"), QT_TRANSLATE_NOOP("ContactTable", "Other phone"),
               QT_TRANSLATE_NOOP("ContactTable", "Brings the car"))

    def __init__(self, contacts: tuple[ContactInfo, ...] = (), editable: bool = True,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editable = editable
        self._rows = [ContactRow(c.name, c.relation, c.mobile, c.other_phone, c.is_driver, c.role, c.notes, c.id)
                      for c in contacts]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return translated("ContactTable", self.HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.editable:
            return base
        if index.column() == DRIVER:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == ObjectRole:
            return r
        if col == DRIVER:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if r.is_driver else Qt.CheckState.Unchecked
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole):
            return (r.name, r.relation, r.mobile, r.other_phone)[col]
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or not self.editable or not 0 <= index.row() < len(self._rows):
            return False
        r = self._rows[index.row()]
        col = index.column()
        if col == DRIVER and role == Qt.ItemDataRole.CheckStateRole:
            r.is_driver = Qt.CheckState(value) == Qt.CheckState.Checked
        elif col != DRIVER and role == Qt.ItemDataRole.EditRole:
            setattr(r, ("name", "relation", "mobile", "other_phone")[col], str(value or "").strip())
        else:
            return False
        self.dataChanged.emit(index, index, [role, Qt.ItemDataRole.DisplayRole])
        return True

    def add_row(self) -> int:
        """A new empty contact at the end; returns its row."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(ContactRow())
        self.endInsertRows()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def contacts(self) -> tuple[ContactInput, ...]:
        """The table for the service; rows left wholly empty are dropped."""
        out = []
        for r in self._rows:
            if not (r.name or r.relation or r.mobile or r.other_phone):
                continue
            role = "driver" if r.is_driver else ("contact" if r.role == "driver" else r.role)
            out.append(ContactInput(name=r.name, role=role, mobile=r.mobile, notes=r.notes, relation=r.relation,
                                    other_phone=r.other_phone, is_driver=r.is_driver, id=r.id))
        return tuple(out)
