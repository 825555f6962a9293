// Package catalog holds the products: their model rules and request
// guards, the checks before submission (ValidateProductForSubmit, used by
// review), 我的商品, the catalog index and the public
// catalog with its detail page.
//
// Depends on platform, workflow and forms.
package catalog
