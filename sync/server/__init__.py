"""The reference central server: FastAPI on SQLAlchemy, implementing `resources/openapi/central-v1.yaml`."""
