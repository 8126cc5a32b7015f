"""The one SQLAlchemy MetaData every store table is declared on."""

from __future__ import annotations

from sqlalchemy import MetaData

metadata = MetaData()
