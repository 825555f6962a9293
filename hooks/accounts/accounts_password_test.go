package accounts_test

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"smedx/hooks/accounts"
)

func TestValidatePasswordRules(t *testing.T) {
	cases := []struct {
		pw, username, phone string
		want                []accounts.PasswordRule // nil = valid
	}{
		{"Smedx@2026", "alice_01", "13900000001", nil},
		{"abcDEF123", "", "", nil},         // digit+upper+lower
		{"abc#def12", "", "", nil},         // digit+lower+special
		{"ABC、DEF12", "", "", nil},         // the Chinese 顿号 is a special character
		{"Aa1~!#$%&+,-.*:;<", "", "", nil}, // 18 characters
		{"", "", "", []accounts.PasswordRule{accounts.RulePasswordRequired}},
		{"Ab1@xyz", "", "", []accounts.PasswordRule{accounts.RulePasswordLength}},
		{"Ab1@xyzAb1@xyzAb1@x", "", "", []accounts.PasswordRule{accounts.RulePasswordLength}},
		{"abcdefgh1", "", "", []accounts.PasswordRule{accounts.RulePasswordClasses}},
		{"ABCDEFGH!", "", "", []accounts.PasswordRule{accounts.RulePasswordClasses}},
		{"Abc 1234@", "", "", []accounts.PasswordRule{accounts.RulePasswordCharset}},
		{"Abc(1234)", "", "", []accounts.PasswordRule{accounts.RulePasswordCharset}},
		{"X@Alice_01", "alice_01", "", []accounts.PasswordRule{accounts.RulePasswordUsername}},
		{"A@13900000001", "", "13900000001", []accounts.PasswordRule{accounts.RulePasswordPhone}},
		{"abc", "", "", []accounts.PasswordRule{accounts.RulePasswordLength, accounts.RulePasswordClasses}},
	}
	for _, c := range cases {
		err := accounts.ValidatePassword(c.pw, c.username, c.phone)
		if c.want == nil {
			if err != nil {
				t.Errorf("%q: unexpected %v", c.pw, err)
			}
			continue
		}
		var pe *accounts.PasswordError
		if !errors.As(err, &pe) {
			t.Errorf("%q: got %v, want %v", c.pw, err, c.want)
			continue
		}
		if len(pe.Rules) != len(c.want) {
			t.Errorf("%q: rules %v, want %v", c.pw, pe.Rules, c.want)
		}
		for _, r := range c.want {
			if !pe.Has(r) || !strings.Contains(pe.Error(), r.Message) {
				t.Errorf("%q: missing rule %s in %q", c.pw, r.Code, pe.Error())
			}
		}
	}
	// Each rule has its own message.
	seen := map[string]bool{}
	for _, r := range []accounts.PasswordRule{accounts.RulePasswordRequired, accounts.RulePasswordLength, accounts.RulePasswordCharset,
		accounts.RulePasswordClasses, accounts.RulePasswordUsername, accounts.RulePasswordPhone, accounts.RulePasswordReused} {
		if seen[r.Message] || !utf8.ValidString(r.Message) {
			t.Errorf("rule %s message not distinct", r.Code)
		}
		seen[r.Message] = true
	}
}

func TestValidateUsernameAndPhone(t *testing.T) {
	for _, ok := range []string{"abc_12", "ABCdef", strings.Repeat("a", 30), "______"} {
		if err := accounts.ValidateUsername(ok); err != nil {
			t.Errorf("username %q: %v", ok, err)
		}
	}
	for bad, msg := range map[string]string{
		"": "请输入用户名", "abc12": "6-30", strings.Repeat("a", 31): "6-30",
		"abc-123": "字母、数字和下划线", "张三丰abc": "字母、数字和下划线", "abc 123": "字母、数字和下划线",
	} {
		err := accounts.ValidateUsername(bad)
		if err == nil || !strings.Contains(err.Error(), msg) || !strings.Contains(err.Error(), "用户名") {
			t.Errorf("username %q: got %v, want %q", bad, err, msg)
		}
	}
	if err := accounts.ValidatePhone("13912345678"); err != nil {
		t.Error(err)
	}
	for _, bad := range []string{"", "23912345678", "1391234567", "139123456789", "1391234567a", "+8613912345"} {
		err := accounts.ValidatePhone(bad)
		if err == nil || !strings.Contains(err.Error(), "手机号") {
			t.Errorf("phone %q: got %v", bad, err)
		}
	}
}

// specials is the allowed special character set, for the fuzz oracles.
const specials = accounts.PasswordSpecials

// FuzzValidatePassword checks ValidatePassword against an independent
// statement of the policy. Seeds: testdata/fuzz/FuzzValidatePassword.
func FuzzValidatePassword(f *testing.F) {
	f.Add("Smedx@2026", "alice_01", "13900000001")
	f.Add("", "", "")
	f.Add("Ab1、Ab1、Ab1", "ab1", "")
	f.Fuzz(func(t *testing.T, pw, username, phone string) {
		err := accounts.ValidatePassword(pw, username, phone)
		n := utf8.RuneCountInString(pw)
		classes := map[string]bool{}
		allowed := utf8.ValidString(pw)
		for _, r := range pw {
			switch {
			case r >= '0' && r <= '9':
				classes["d"] = true
			case r >= 'a' && r <= 'z':
				classes["l"] = true
			case r >= 'A' && r <= 'Z':
				classes["u"] = true
			case strings.ContainsRune(specials, r):
				classes["s"] = true
			default:
				allowed = false
			}
		}
		valid := n >= 8 && n <= 18 && allowed && len(classes) >= 3 &&
			(username == "" || !strings.Contains(strings.ToLower(pw), strings.ToLower(username))) &&
			(phone == "" || !strings.Contains(pw, phone))
		if valid != (err == nil) {
			t.Fatalf("ValidatePassword(%q, %q, %q) = %v, oracle valid=%v", pw, username, phone, err, valid)
		}
		if err != nil && err.Error() == "" {
			t.Fatal("empty message")
		}
	})
}

// FuzzValidateUsername: valid iff 6–30 of [A-Za-z0-9_].
func FuzzValidateUsername(f *testing.F) {
	f.Add("alice_01")
	f.Add("abc")
	f.Add("用户名用户名")
	f.Fuzz(func(t *testing.T, s string) {
		valid := len(s) >= 6 && len(s) <= 30
		for _, r := range s {
			valid = valid && (r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z')
		}
		if err := accounts.ValidateUsername(s); valid != (err == nil) {
			t.Fatalf("ValidateUsername(%q) = %v, oracle valid=%v", s, err, valid)
		}
	})
}

// FuzzValidatePhone: valid iff "1" then 10 ASCII digits.
func FuzzValidatePhone(f *testing.F) {
	f.Add("13912345678")
	f.Add("1391234567８")
	f.Add("+8613912345678")
	f.Fuzz(func(t *testing.T, s string) {
		valid := len(s) == 11 && s[0] == '1' && strings.Trim(s, "0123456789") == ""
		if err := accounts.ValidatePhone(s); valid != (err == nil) {
			t.Fatalf("ValidatePhone(%q) = %v, oracle valid=%v", s, err, valid)
		}
	})
}
