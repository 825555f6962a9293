package accounts

import (
	"unicode/utf8"

	"smedx/hooks/platform"
)

// Pure validators of the account fields (DESIGN §5). Each returns nil or a
// zhError whose message names the field, ready for validation.Errors.

const (
	UsernameMinLen = 6
	UsernameMaxLen = 30
)

// ValidateUsername: 6–30 characters of [A-Za-z0-9_].
func ValidateUsername(username string) error {
	if username == "" {
		return platform.Invalid("username_required", "请输入用户名")
	}
	for i := 0; i < len(username); i++ {
		c := username[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_') {
			return platform.Invalid("username_charset", "用户名只能包含字母、数字和下划线")
		}
	}
	if n := utf8.RuneCountInString(username); n < UsernameMinLen || n > UsernameMaxLen {
		return platform.Invalid("username_length", "用户名长度应为 6-30 个字符")
	}
	return nil
}

// ValidatePhone: a mainland mobile number, "1" followed by 10 digits.
func ValidatePhone(phone string) error {
	if phone == "" {
		return platform.Invalid("phone_required", "请输入手机号")
	}
	if len(phone) != 11 || phone[0] != '1' {
		return platform.Invalid("phone_invalid", "手机号格式不正确，应为 1 开头的 11 位数字")
	}
	for i := 0; i < len(phone); i++ {
		if phone[i] < '0' || phone[i] > '9' {
			return platform.Invalid("phone_invalid", "手机号格式不正确，应为 1 开头的 11 位数字")
		}
	}
	return nil
}
