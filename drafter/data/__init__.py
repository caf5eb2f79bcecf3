"""The data a report is built from: the clerk's YAML read within bounds with the place of every value
(``load``), checked against its JSON Schema (with the validators generated from it), the scheme it is
assessed on (``scheme``), and YAML written back for people (``yaml_out``, ``yaml_edit``)."""
