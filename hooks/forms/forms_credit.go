package forms

// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set
// (digits and capitals without I, O, S, V, Z); the 18th is a check
// character computed from the first 17 with weights 3^i mod 31.

const creditCodeCharset = "0123456789ABCDEFGHJKLMNPQRTUWXY"

var creditCodeWeights = [17]int{1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28}

func creditCodeValue(c byte) int {
	for i := 0; i < len(creditCodeCharset); i++ {
		if creditCodeCharset[i] == c {
			return i
		}
	}
	return -1
}

// CreditCodeCheckChar returns the check character for the first 17
// characters of body, or 0 when body is shorter or uses a character
// outside the code's set.
func CreditCodeCheckChar(body string) byte {
	if len(body) < 17 {
		return 0
	}
	sum := 0
	for i := 0; i < 17; i++ {
		v := creditCodeValue(body[i])
		if v < 0 {
			return 0
		}
		sum += v * creditCodeWeights[i]
	}
	return creditCodeCharset[(31-sum%31)%31]
}

// ValidCreditCode reports whether s is a well-formed 统一社会信用代码 with a
// correct check character. Lower case is refused: the code is printed in
// capitals on the licence and stored as such (unique index).
func ValidCreditCode(s string) bool {
	if len(s) != 18 {
		return false
	}
	// Characters 3–8 are the administrative division code: digits.
	for i := 2; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	c := CreditCodeCheckChar(s)
	return c != 0 && s[17] == c
}

// creditCodeProblem explains why s is not valid, "" when it is.
func creditCodeProblem(label, s string) string {
	if len(s) != 18 {
		return label + "应为18位"
	}
	for i := 0; i < 18; i++ {
		if creditCodeValue(s[i]) < 0 {
			return label + "只能包含数字和大写字母（不含 I、O、S、V、Z）"
		}
	}
	for i := 2; i < 8; i++ {
		if s[i] < '0' || s[i] > '9' {
			return label + "格式不正确，第3至8位应为数字（行政区划代码）"
		}
	}
	if !ValidCreditCode(s) {
		return label + "校验位不正确，请核对"
	}
	return ""
}
