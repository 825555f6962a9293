package workflow

// Order statuses and pay statuses (DESIGN §2).
const (
	OrderPendingPayment = "pending_payment"
	OrderPaid           = "paid"
	OrderDelivered      = "delivered"
	OrderCompleted      = "completed"
	OrderCancelled      = "cancelled"
)

// OrderTransitions is the order state machine (DESIGN §2): only
// pending_payment | paid → cancelled, for the buyer and operators alike
// (a delivered order is completed, never cancelled — issue 12, finding 9).
var OrderTransitions = map[string][]string{
	OrderPendingPayment: {OrderPaid, OrderCancelled},
	OrderPaid:           {OrderDelivered, OrderCancelled},
	OrderDelivered:      {OrderCompleted},
}

func AllowedMove(table map[string][]string, from, to string) bool {
	if from == to {
		return true
	}
	for _, s := range table[from] {
		if s == to {
			return true
		}
	}
	return false
}

// PaymentTransitions: a payment is settled once.
var PaymentTransitions = map[string][]string{"pending": {"confirmed", "failed", "cancelled"}}

// Voucher statuses.
const (
	VoucherActive  = "active"
	VoucherUsedUp  = "used_up"
	VoucherExpired = "expired"
	VoucherVoid    = "void"
)
