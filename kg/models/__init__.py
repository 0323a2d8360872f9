"""Trained models shipped as data (JSON), read through importlib.resources."""
