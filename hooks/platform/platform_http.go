package platform

import (
	"net/url"
	"strconv"

	"github.com/pocketbase/pocketbase/core"
	"github.com/spf13/cast"
)

// PageParams reads page (from 1) and perPage (1..max, default def).
func PageParams(q url.Values, def, max int) (int, int) {
	page, _ := strconv.Atoi(q.Get("page"))
	if page < 1 {
		page = 1
	}
	per, _ := strconv.Atoi(q.Get("perPage"))
	if per < 1 {
		per = def
	}
	if per > max {
		per = max
	}
	return page, per
}

func RequestPage(e *core.RequestEvent) (int, int) {
	page := cast.ToInt(e.Request.URL.Query().Get("page"))
	perPage := cast.ToInt(e.Request.URL.Query().Get("perPage"))
	if page < 1 {
		page = 1
	}
	if perPage < 1 || perPage > 100 {
		perPage = 20
	}
	return page, perPage
}
