"""drafter turns a year's facts, written as YAML, into a Chinese official report (公文·报告)."""

__version__ = "0.1.0"
