"""The migrations build exactly the schema the models describe."""

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from services.common.db import Base, engine_for
from services.models import import_all_models


def test_migrations_match_the_models(database_url):
    import_all_models()
    with engine_for(database_url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []
