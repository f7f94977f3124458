"""Operator tools: check, graph, preview, cards, QR codes, schemas, statistics."""
