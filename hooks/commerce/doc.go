// Package commerce holds the purchase: cart, quote, checkout (one pipeline
// in commerce_checkout.go), the voucher allocation (pure,
// commerce_alloc.go), order lifecycle and lists, payments and ratings.
//
// Depends on platform, workflow and vouchers.
package commerce
