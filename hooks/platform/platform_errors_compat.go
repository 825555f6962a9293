package platform

// Old names of the error constructors, kept only while branches started
// before the one-family change are merged; they are removed at the end of
// this wave. Do not use them in new code.

// Deprecated: use Invalid.
func FieldErr(code, msg string) error { return Invalid(code, msg) }

// Deprecated: use FieldError.
func ZhFieldError(field, code, msg string) error { return FieldError(field, code, msg) }

// Deprecated: use Error.
func ZhApiError(status int, msg string) error { return Error(status, msg) }

// Deprecated: use Conflict.
func ConflictError(msg string) error { return Conflict(msg) }
