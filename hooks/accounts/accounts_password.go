package accounts

import (
	"encoding/json"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/bcrypt"

	"smedx/hooks/platform"
)

// Password policy of DESIGN §5 (用户指南 表4-4): 8–18 characters, at least
// three of digit / upper / lower / special, no username or phone inside,
// different from the current and the last PasswordHistorySize passwords.

const (
	PasswordMinLen      = 8
	PasswordMaxLen      = 18
	PasswordHistorySize = 5

	// PasswordSpecials are the special characters the guides allow.
	PasswordSpecials = "~!#$%&+,-.*:;<=>@_?^、`/"
)

// PasswordRule is one broken rule of the policy, with its own message.
type PasswordRule struct {
	Code    string
	Message string
}

// Each rule's code and message; the UI shows the message as is.
var (
	RulePasswordRequired = PasswordRule{"password_required", "请输入密码"}
	RulePasswordLength   = PasswordRule{"password_length", "密码长度应为 8-18 个字符"}
	RulePasswordCharset  = PasswordRule{"password_charset", "密码只能包含数字、大小写字母和特殊字符 " + PasswordSpecials}
	RulePasswordClasses  = PasswordRule{"password_classes", "密码至少包含数字、大写字母、小写字母、特殊字符中的 3 种"}
	RulePasswordUsername = PasswordRule{"password_contains_username", "密码不能包含用户名"}
	RulePasswordPhone    = PasswordRule{"password_contains_phone", "密码不能包含手机号"}
	RulePasswordReused   = PasswordRule{"password_reused", "新密码不能与原密码或最近 5 次使用过的密码相同"}
)

// PasswordError lists every rule a password breaks.
type PasswordError struct {
	Rules []PasswordRule
}

func (e *PasswordError) Error() string {
	msgs := make([]string, len(e.Rules))
	for i, r := range e.Rules {
		msgs[i] = r.Message
	}
	return strings.Join(msgs, "；")
}

// Code is the code of the first broken rule (SafeErrorItem for the API).
func (e *PasswordError) Code() string {
	if len(e.Rules) == 0 {
		return "password_invalid"
	}
	return e.Rules[0].Code
}

// Resolve keeps the Chinese message exactly (PocketBase would append ".").
func (e *PasswordError) Resolve(data map[string]any) any {
	data["message"] = e.Error()
	return data
}

// Has reports whether rule is among the broken ones.
func (e *PasswordError) Has(rule PasswordRule) bool {
	for _, r := range e.Rules {
		if r.Code == rule.Code {
			return true
		}
	}
	return false
}

// ValidatePassword checks password against the static rules of the policy
// (everything but the history). It returns nil or a *PasswordError that
// lists each broken rule once. username and phone may be empty.
func ValidatePassword(password, username, phone string) error {
	if password == "" {
		return &PasswordError{Rules: []PasswordRule{RulePasswordRequired}}
	}
	var broken []PasswordRule
	if !utf8.ValidString(password) {
		return &PasswordError{Rules: []PasswordRule{RulePasswordCharset}}
	}
	if n := utf8.RuneCountInString(password); n < PasswordMinLen || n > PasswordMaxLen {
		broken = append(broken, RulePasswordLength)
	}
	var digit, upper, lower, special, other bool
	for _, r := range password {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'A' && r <= 'Z':
			upper = true
		case r >= 'a' && r <= 'z':
			lower = true
		case strings.ContainsRune(PasswordSpecials, r):
			special = true
		default:
			other = true
		}
	}
	if other {
		broken = append(broken, RulePasswordCharset)
	}
	classes := 0
	for _, ok := range []bool{digit, upper, lower, special} {
		if ok {
			classes++
		}
	}
	if classes < 3 {
		broken = append(broken, RulePasswordClasses)
	}
	if username != "" && strings.Contains(strings.ToLower(password), strings.ToLower(username)) {
		broken = append(broken, RulePasswordUsername)
	}
	if phone != "" && strings.Contains(password, phone) {
		broken = append(broken, RulePasswordPhone)
	}
	if len(broken) == 0 {
		return nil
	}
	return &PasswordError{Rules: broken}
}

// passwordMatchesAny reports whether plain is the password of one of the
// bcrypt hashes (the current one and the history).
func passwordMatchesAny(plain string, hashes ...string) bool {
	for _, h := range hashes {
		if h == "" {
			continue
		}
		if bcrypt.CompareHashAndPassword([]byte(h), []byte(plain)) == nil {
			return true
		}
	}
	return false
}

// parsePasswordHistory reads the hidden password_history JSON (a list of
// bcrypt hashes, newest first); anything unreadable counts as empty.
func parsePasswordHistory(raw string) []string {
	var list []string
	if raw == "" || raw == "null" {
		return nil
	}
	if err := json.Unmarshal([]byte(raw), &list); err != nil {
		return nil
	}
	return list
}

// pushPasswordHistory puts the replaced hash in front and keeps the newest
// PasswordHistorySize entries.
func pushPasswordHistory(history []string, replacedHash string) []string {
	if replacedHash == "" {
		return history
	}
	out := append([]string{replacedHash}, history...)
	if len(out) > PasswordHistorySize {
		out = out[:PasswordHistorySize]
	}
	return out
}

// The password fields of PocketBase's own checks answer with the rules'
// messages (platform_errors.go translates).
func init() {
	platform.AddFieldMessages(map[string]string{
		"password/validation_min_text_constraint":        RulePasswordLength.Message,
		"password/validation_max_text_constraint":        RulePasswordLength.Message,
		"password/validation_length_out_of_range":        RulePasswordLength.Message,
		"password/validation_required":                   RulePasswordRequired.Message,
		"passwordConfirm/validation_length_out_of_range": RulePasswordLength.Message,
	})
}
