"""All ORM models. Importing this package registers every table on ``Base.metadata``.

Each area keeps its tables in a module of its own name; add the import of a new area here.
"""

from app.db.base import Base
from app.db.models import station, users

__all__ = ["Base", "station", "users"]
