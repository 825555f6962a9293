package migrations

import (
	"github.com/pocketbase/pocketbase/core"
	m "github.com/pocketbase/pocketbase/migrations"
)

// Public reads of customer reviews through a view (issue 12, like the
// public_* views of 1764012100).
//
// The product page shows a review's stars, text, the reviewer's display
// name and date. The reviews rows also carry the reviewer's user id, his
// enterprise, the order and the provider: anyone could list them, filter
// on them (`filter=user='…'` tells which products a given account or
// enterprise bought) and subscribe to reviews/* for every new one. Now:
//
//   - public_reviews holds the public columns of the reviews of listed
//     products (rule ""): a filter or sort on user, enterprise or order
//     fails, fields= and expand= reach nothing else; `product` is a
//     relation whose traversal PocketBase gates by the products rule.
//   - the base collection is read by the two tenants of the order (我的评价
//     / 客户评价, behind their menus) and operators only; PocketBase checks
//     the same list/view rules for every realtime message, so reviews/*
//     subscriptions follow them (a view emits no realtime events).
//
// The department reads no review rows: its statistics are aggregates.
const (
	publicReviewsQuery = `SELECT r.id, r.product, r.customer_name, r.rating, r.content, r.created, r.updated
		FROM reviews r JOIN products p ON p.id = r.product WHERE p.status = 'listed'`
	reviewReaders    = `(@request.auth.enterprise != "" && (enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || ` + ruleOperator
	reviewReadersOld = `product.status = "listed" || (@request.auth.enterprise != "" && (enterprise = @request.auth.enterprise || provider_enterprise = @request.auth.enterprise)) || ` + ruleStaff
)

func setReviewReaders(app core.App, r string) error {
	reviews, err := app.FindCollectionByNameOrId("reviews")
	if err != nil {
		return err
	}
	reviews.ListRule, reviews.ViewRule = rule(r), rule(r)
	return app.Save(reviews)
}

func init() {
	m.Register(func(app core.App) error {
		v := core.NewViewCollection("public_reviews")
		v.ViewQuery = publicReviewsQuery
		setRules(v, rule(""), rule(""), nil, nil, nil)
		if err := app.Save(v); err != nil {
			return err
		}
		return setReviewReaders(app, reviewReaders)
	}, func(app core.App) error {
		if v, err := app.FindCollectionByNameOrId("public_reviews"); err == nil {
			if err := app.Delete(v); err != nil {
				return err
			}
		}
		return setReviewReaders(app, reviewReadersOld)
	})
}
