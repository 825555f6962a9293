package demo

import (
	"testing"

	"smedx/hooks/forms"
	"smedx/smedxtest"
)

// Every option the demo answers name by label is in the seeded lists, and
// each demo tenant's questionnaire is complete and valid.
func TestDemoProfilesResolveAndValidate(t *testing.T) {
	a := smedxtest.New(t)
	s := &seeder{app: a}
	for _, tn := range tenants {
		for key, v := range demoAnswers[tn.key] {
			if ref, ok := v.(dictRef); ok && s.dictAnswer(tn.kind, key, ref) == nil {
				t.Errorf("%s %s: %v not in the option list", tn.key, key, ref)
			}
		}
		p := s.profileFor(tn)
		if errs := forms.ValidateProfile(tn.kind, p, true, func(typ, code string) bool { return forms.DictHas(a, typ, code) }); errs != nil {
			t.Errorf("%s: %v", tn.key, errs)
		}
	}
}
