// Package review holds the review workflow: the model hooks that keep
// every status on the state machines of workflow, submissions of
// certifications, products and revisions, the approve / reject / revoke
// decisions of each stage (review_decisions.go), the application lists and
// the workbench.
//
// Depends on platform, workflow and catalog.
package review
