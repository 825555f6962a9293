package platform

import (
	"net/http"
	"sort"

	validation "github.com/pocketbase/ozzo-validation/v4"
	"github.com/pocketbase/pocketbase/tools/router"
)

// The error constructors of smedx, one family: every refusal a client sees
// is one of these, its Chinese message kept exactly as written (PocketBase
// "sentenizes" messages by appending "." otherwise) and, when a field is
// at fault, named in the data the way PocketBase names its own field
// errors, so every form of the UI maps it back onto the field:
//
//	Invalid(code, msg)            one field's error, inside validation.Errors
//	FieldError(field, code, msg)  400 naming one field
//	BadRequest(errs)              400 naming each field of errs
//	Error(status, msg)            any status, no field (403, 404, 409, 429, ...)
//
// Values are built per request: the translation middleware rewrites them
// on the way out, so they must never be shared package variables.

// zhError is a field error whose message is kept as written. It is a
// validation.Error, so code that inspects validation.Errors (e.g.
// IsUniqueErr) reads its code like PocketBase's own.
type zhError struct {
	code, msg string
}

var _ validation.Error = zhError{}

func (e zhError) Error() string                             { return e.msg }
func (e zhError) Code() string                              { return e.code }
func (e zhError) Message() string                           { return e.msg }
func (e zhError) Params() map[string]any                    { return nil }
func (e zhError) SetParams(map[string]any) validation.Error { return e }
func (e zhError) SetMessage(msg string) validation.Error {
	e.msg = msg
	return e
}

// Resolve keeps the message as written in the JSON answer.
func (e zhError) Resolve(data map[string]any) any {
	data["message"] = e.msg
	return data
}

// Invalid is one field's error for validation.Errors.
func Invalid(code, msg string) error { return zhError{code, msg} }

// FieldError is a 400 naming field, with code and msg.
func FieldError(field, code, msg string) *router.ApiError {
	return BadRequest(validation.Errors{field: zhError{code, msg}})
}

// BadRequest is a 400 whose data holds every field error of errs and whose
// message is the first field's (fields sorted, so the message is stable).
func BadRequest(errs validation.Errors) *router.ApiError {
	keys := make([]string, 0, len(errs))
	for k := range errs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	msg := "提交的数据有误"
	if len(keys) > 0 {
		msg = errs[keys[0]].Error()
	}
	apiErr := router.NewBadRequestError(msg, errs)
	apiErr.Message = msg
	return apiErr
}

// Error is an error of status without field data.
func Error(status int, msg string) *router.ApiError {
	apiErr := router.NewApiError(status, msg, nil)
	apiErr.Message = msg
	return apiErr
}

// Conflict is Error(409): the request lost a race or repeats a decision.
func Conflict(msg string) *router.ApiError { return Error(http.StatusConflict, msg) }
