"""The 公文 text helpers every stage that reads typed text shares: the markers a person typed
(``markers``). They import no stage of drafter's, so readers, the importer and the linter can all
use them without importing each other."""
