"""The 公文 text helpers every stage that reads typed text shares: the markers a person typed
(``markers``), dates as reports write them (``dates``) and the lines a website adds around a report
(``lines``). They import no stage of drafter's, so the readers, the importer and the linter all use
them without importing one another.
"""
