"""All ORM models. Importing this package registers every table on ``Base.metadata``.

Each area keeps its tables in a module of its own name; add the import of a new area here.
"""

import app.db.models.claims  # noqa: F401
import app.db.models.crm  # noqa: F401
import app.db.models.customers  # noqa: F401
import app.db.models.job_cards  # noqa: F401
import app.db.models.parts  # noqa: F401
import app.db.models.repair_file  # noqa: F401
import app.db.models.reporting  # noqa: F401
import app.db.models.settlement  # noqa: F401
import app.db.models.tools  # noqa: F401
import app.db.models.workshop  # noqa: F401
from app.db.base import Base
from app.db.models import station, users

__all__ = ["Base", "station", "users"]
