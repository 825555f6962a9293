package exports

import "strings"

// The amount in Chinese capitals (人民币大写) of the printed documents, as
// the People's Bank of China's rules for financial writing have it
// (《支付结算办法》附件 正确填写票据和结算凭证的基本规定):
//   - 壹 is written before 拾 (10 → 壹拾元整);
//   - one 零 for a run of zeros inside the number (6007.14 → 陆仟零柒元壹角肆分),
//     and 零 after 元 when the 元 digit or the 角 is zero but something
//     follows (1680.32 → 壹仟陆佰捌拾元零叁角贰分, 325.04 → 叁佰贰拾伍元零肆分);
//   - 整 after an amount that ends at 元 (1.00 → 壹元整), none after 角 or 分.

var (
	capitalDigits = []string{"零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"}
	capitalPlaces = []string{"", "拾", "佰", "仟"}  // inside a group of four digits
	capitalGroups = []string{"", "万", "亿", "万亿"} // the groups from the right
)

// RMBUpper writes fen in Chinese capitals, e.g. 1005 → 壹拾元零伍分.
func RMBUpper(fen int64) string {
	if fen == 0 {
		return "零元整"
	}
	var b strings.Builder
	neg := fen < 0
	if neg {
		b.WriteString("负")
		fen = -fen // int64 fen never reaches the minimum in practice
	}
	yuan, jiao, cents := fen/100, (fen/10)%10, fen%10

	if yuan > 0 {
		b.WriteString(capitalInteger(yuan))
		b.WriteString("元")
	}
	switch {
	case jiao == 0 && cents == 0:
		b.WriteString("整")
	case jiao == 0: // 元 零 分
		if yuan > 0 {
			b.WriteString("零")
		}
		b.WriteString(capitalDigits[cents] + "分")
	default:
		if yuan > 0 && yuan%10 == 0 {
			b.WriteString("零")
		}
		b.WriteString(capitalDigits[jiao] + "角")
		if cents > 0 {
			b.WriteString(capitalDigits[cents] + "分")
		}
	}
	return b.String()
}

// capitalInteger writes n > 0 with groups of four digits (万, 亿, 万亿).
func capitalInteger(n int64) string {
	var groups []int64
	for n > 0 {
		groups = append(groups, n%10000)
		n /= 10000
	}
	var b strings.Builder
	zero := false // a zero is owed before the next digit written
	for g := len(groups) - 1; g >= 0; g-- {
		v := groups[g]
		if v == 0 {
			zero = b.Len() > 0
			continue
		}
		if b.Len() > 0 && v < 1000 {
			zero = true // the group starts with zeros
		}
		for p := 3; p >= 0; p-- {
			d := (v / pow10(p)) % 10
			if d == 0 {
				if b.Len() > 0 {
					zero = true
				}
				continue
			}
			if zero {
				b.WriteString("零")
				zero = false
			}
			b.WriteString(capitalDigits[d] + capitalPlaces[p])
		}
		b.WriteString(capitalGroups[g])
		zero = false // a group's trailing zeros owe nothing by themselves
	}
	return b.String()
}

func pow10(p int) int64 {
	r := int64(1)
	for ; p > 0; p-- {
		r *= 10
	}
	return r
}
