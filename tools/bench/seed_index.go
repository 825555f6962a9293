package main

import (
	"github.com/pocketbase/pocketbase/core"

	"smedx/hooks/catalog"
)

// rebuildDerived refreshes what smedx's product hooks derive from the
// products table (the public catalog's search index) after the seeder's raw
// inserts, with smedx's own rebuild function: the bench's only import of
// domain code. When the catalog code moves or its index changes (FTS),
// point this at the new rebuild.
func rebuildDerived(app core.App) error {
	return catalog.RebuildCatalogIndex(app)
}
