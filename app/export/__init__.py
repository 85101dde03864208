"""Writers for every export format: txt, docx, vtt, srt, json and qda.

Exports take turns that are already shareable (or, audited, the full
version) and write exactly those; they never decide what may leave.
"""

from app.export.metadata import ExportMetadata, ExportVersion, metadata_for
from app.export.writer import ExportFormat, export

__all__ = ["ExportFormat", "ExportMetadata", "ExportVersion", "export", "metadata_for"]
