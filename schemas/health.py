"""``GET /healthz``."""

from __future__ import annotations

from marshmallow import Schema, fields

__all__ = ["HealthSchema"]

# --- responses -------------------------------------------------------------------------------------


class StoreHealthSchema(Schema):
    ok = fields.Boolean(required=True)
    backend = fields.String(required=True)
    schema_version = fields.Integer(required=True, allow_none=True)
    detail = fields.String(required=True, allow_none=True)


class HealthSchema(Schema):
    status = fields.String(required=True, metadata={"enum": ["ok", "unavailable"]})
    store = fields.Nested(StoreHealthSchema, required=True)
