// Package workflow is the vocabulary of smedx's processes: the state
// machines of certification, product publication, revisions, applications,
// orders and payments, and the Chinese label of every status, stage and
// type. It is pure (no database, no PocketBase hooks) and imports no other
// smedx package: a leaf every domain package uses, and the one place a
// label is written.
package workflow
