// Package accounts holds who may sign in and how: sign-up with the
// enterprise draft, the username / phone / password rules and the password
// history (accounts_password.go), password and SMS login, lockout, the rate
// limits of the auth routes, and SMS codes with their sender adapters.
//
// Depends on platform only.
package accounts
