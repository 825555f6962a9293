package exports

import "github.com/pocketbase/pocketbase/core"

func handlePrintOrder(e *core.RequestEvent) error   { return nil }
func handlePrintVoucher(e *core.RequestEvent) error { return nil }
