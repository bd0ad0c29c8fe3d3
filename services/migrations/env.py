"""Alembic environment: migrations run against FAIRHIRE_DATABASE_URL (or the URL given in the config)."""

from alembic import context

from services.common.db import Base, engine_for
from services.common.settings import get_settings
from services.models import import_all_models

import_all_models()
url = context.config.get_main_option("sqlalchemy.url") or get_settings().database_url

with engine_for(url).connect() as connection:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
