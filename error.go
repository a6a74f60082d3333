package copydesk

import (
	"errors"
	"fmt"
)

// Code is the kind of an error, mapped to HTTP statuses and exit codes in one
// table each (internal/server and cmd/copydesk).
type Code string

// The error kinds.
const (
	EInvalid  Code = "invalid"
	ENotFound Code = "not_found"
	EConflict Code = "conflict"
	EInternal Code = "internal"
)

// Error is an error with a Code and a message meant for the user.
type Error struct {
	Code    Code
	Message string
}

func (e *Error) Error() string { return e.Message }

// Errorf returns an *Error of the given code.
func Errorf(code Code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the Code of err: the code of the first *Error in its chain,
// EInternal otherwise, and "" for nil.
func ErrorCode(err error) Code {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}
