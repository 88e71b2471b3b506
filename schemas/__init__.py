"""Marshmallow request and response schemas of the API, one module per resource.

Request schemas (what a client sends: bodies and query arguments) and response schemas (what the API
returns) are separate classes; response schemas read the domain's dataclasses directly.
"""
